package jp.kyoso.messaging.kafka;

/** The broker could not be reached or did not answer in time: a reason to wait and retry, never to drop an event. */
public class KafkaUnavailableException extends RuntimeException {

    public KafkaUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
