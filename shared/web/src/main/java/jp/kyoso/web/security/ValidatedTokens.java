package jp.kyoso.web.security;

import io.micronaut.security.authentication.Authentication;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens this process has already validated, by their exact text, each until its own expiry: a session sends the same
 * token with every request, and checking its signature and claims again each time was a seventh of a request's CPU.
 * What a token proves cannot change before it expires (the signing secret is fixed for the process's life and the
 * claims checks depend only on the token and the time), so the answer is the same. Sessions that end early are not
 * the token's business: the portal refuses their tokens by account state (its session guard), which runs on every
 * request after this. A refused token is never remembered, so garbage cannot fill the memory; at most
 * {@code capacity} tokens are kept.
 */
final class ValidatedTokens {

    private record Entry(Authentication authentication, Instant expiresAt) {
    }

    private final Clock clock;
    private final int capacity;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    ValidatedTokens(Clock clock, int capacity) {
        this.clock = clock;
        this.capacity = capacity;
    }

    /** @return the authentication the token proved, while it has not expired */
    Optional<Authentication> find(String token) {
        Entry entry = entries.get(token);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expiresAt())) {
            entries.remove(token, entry);
            return Optional.empty();
        }
        return Optional.of(entry.authentication());
    }

    /** Remembers a token that has just been validated; one without an expiry claim is validated every time. */
    void remember(String token, Authentication authentication) {
        Optional<Instant> expiry = expiryOf(authentication);
        if (expiry.isEmpty()) {
            return;
        }
        if (entries.size() >= capacity) {
            Instant now = clock.instant();
            entries.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
            if (entries.size() >= capacity) {
                // More live sessions than the bound: start over rather than track recency on every request.
                entries.clear();
            }
        }
        entries.put(token, new Entry(authentication, expiry.get()));
    }

    int size() {
        return entries.size();
    }

    private static Optional<Instant> expiryOf(Authentication authentication) {
        Object exp = authentication.getAttributes().get("exp");
        if (exp instanceof Date date) {
            return Optional.of(date.toInstant());
        }
        if (exp instanceof Instant instant) {
            return Optional.of(instant);
        }
        if (exp instanceof Number seconds) {
            return Optional.of(Instant.ofEpochSecond(seconds.longValue()));
        }
        return Optional.empty();
    }
}
