package jp.kyoso.portal.credentials;

import java.time.Instant;

/**
 * Slows password guessing: after a number of failed sign-ins for one username within a window, that username is
 * refused (even with the right password) until the oldest failure leaves the window. A success clears the count.
 * The count is shared by every portal replica (it lives in the database), so more replicas do not mean more guesses.
 */
public interface LoginThrottle {

    boolean isLocked(String username, Instant now);

    void failed(String username, Instant now);

    void succeeded(String username);
}
