package jp.kyoso.mail;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Wakes the relay when a transaction that enqueued mail commits, so a mail need not wait for the next poll. */
@Singleton
class MailSignal {

    private final Semaphore pending = new Semaphore(0);

    void wake() {
        pending.release();
    }

    void await(Duration timeout) throws InterruptedException {
        if (pending.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            pending.drainPermits();
        }
    }
}
