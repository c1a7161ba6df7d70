package jp.kyoso.messaging.outbox;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Lets a commit in this process wake the relay at once, so a fresh event waits neither for the next poll. */
@Singleton
public class OutboxSignal {

    private final Semaphore permits = new Semaphore(0);

    void wake() {
        if (permits.availablePermits() == 0) {
            permits.release();
        }
    }

    /** Waits up to {@code timeout} for a wake-up; other processes' commits are found by the timeout's poll. */
    void await(Duration timeout) throws InterruptedException {
        if (permits.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
            permits.drainPermits();
        }
    }
}
