package jp.kyoso.portal.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@code maxFailures} failed sign-ins for one username within {@code window}, that
 * username is refused (even with the right password) until the oldest failure leaves the window. A success clears
 * the count. Kept in memory per portal instance: several instances each allow the limit, which still bounds a
 * guesser to a handful of tries per window.
 */
public final class LoginThrottle {

    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    public LoginThrottle(int maxFailures, Duration window) {
        if (maxFailures < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("maxFailures >= 1 and a positive window are required");
        }
        this.maxFailures = maxFailures;
        this.window = window;
    }

    public boolean isLocked(String username, Instant now) {
        Deque<Instant> recent = failures.get(username);
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            forgetBefore(recent, now);
            return recent.size() >= maxFailures;
        }
    }

    public void failed(String username, Instant now) {
        Deque<Instant> recent = failures.computeIfAbsent(username, name -> new ArrayDeque<>());
        synchronized (recent) {
            forgetBefore(recent, now);
            recent.addLast(now);
        }
    }

    public void succeeded(String username) {
        failures.remove(username);
    }

    private void forgetBefore(Deque<Instant> recent, Instant now) {
        Instant oldestKept = now.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(oldestKept)) {
            recent.removeFirst();
        }
    }
}
