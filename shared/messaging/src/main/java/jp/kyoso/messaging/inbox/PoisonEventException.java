package jp.kyoso.messaging.inbox;

/** The record can never be handled as it is (no CloudEvents id, unreadable JSON): straight to the dead letters. */
class PoisonEventException extends RuntimeException {

    PoisonEventException(String message) {
        super(message);
    }

    PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
