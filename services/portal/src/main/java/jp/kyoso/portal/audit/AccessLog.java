package jp.kyoso.portal.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes access records off the request path: callers hand over a recipe for the record and return at once; one
 * daemon thread builds the records (verifying a token there, not on the event loop) and inserts them in batches.
 * The queue is bounded: under a flood the portal keeps answering and counts the records it had to drop
 * ({@code kyoso_audit_access_dropped_total}) rather than running out of memory or slowing every request.
 */
@Singleton
public class AccessLog {

    private static final Logger LOG = LoggerFactory.getLogger(AccessLog.class);
    private static final int CAPACITY = 10_000;
    private static final int BATCH = 500;

    private final AuditTrail trail;
    private final BlockingQueue<Supplier<AccessRecord>> pending = new ArrayBlockingQueue<>(CAPACITY);
    private final Counter written;
    private final Counter dropped;
    private final Thread writer;
    private volatile boolean running = true;

    public AccessLog(AuditTrail trail, MeterRegistry meters) {
        this.trail = trail;
        this.written = Counter.builder("kyoso.audit.access.written").register(meters);
        this.dropped = Counter.builder("kyoso.audit.access.dropped").register(meters);
        this.writer = new Thread(this::run, "audit-access-writer");
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues a record built later on the writer thread; never blocks. */
    public void record(Supplier<AccessRecord> recipe) {
        if (!pending.offer(recipe)) {
            dropped.increment();
        }
    }

    private void run() {
        List<Supplier<AccessRecord>> batch = new ArrayList<>(BATCH);
        while (running || !pending.isEmpty()) {
            try {
                Supplier<AccessRecord> first = pending.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                pending.drainTo(batch, BATCH - 1);
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
    }

    private void write(List<Supplier<AccessRecord>> batch) {
        List<AccessRecord> records = new ArrayList<>(batch.size());
        for (Supplier<AccessRecord> recipe : batch) {
            try {
                records.add(recipe.get());
            } catch (RuntimeException e) {
                dropped.increment();
                LOG.warn("Access record could not be built: {}", e.toString());
            }
        }
        try {
            trail.append(records);
            written.increment(records.size());
        } catch (RuntimeException e) {
            // The database is away: these records are lost (and counted); requests are never held up for them.
            dropped.increment(records.size());
            LOG.warn("{} access records could not be written: {}", records.size(), e.toString());
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        writer.join(TimeUnit.SECONDS.toMillis(5));
    }
}
