package jp.kyoso.messaging.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import jp.kyoso.events.CloudEventHeaders;
import jp.kyoso.events.EventEnvelope;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Reads the CloudEvents attributes of a Kafka record (binary mode: {@code ce_*} headers, the event as the value). */
final class CloudEventRecords {

    private CloudEventRecords() {
    }

    /** @return the event id, or null when the record is not a CloudEvent (no or a blank {@code ce_id}) */
    static String id(ConsumerRecord<byte[], byte[]> record) {
        String id = header(record, CloudEventHeaders.ID);
        return id == null || id.isBlank() ? null : id;
    }

    /** @return the event type, or null when the record is not a CloudEvent */
    static String type(ConsumerRecord<byte[], byte[]> record) {
        return header(record, CloudEventHeaders.TYPE);
    }

    /** @throws PoisonEventException when {@code ce_time} is not an RFC 3339 time */
    static EventEnvelope envelope(ConsumerRecord<byte[], byte[]> record, String id, String type) {
        String time = header(record, CloudEventHeaders.TIME);
        try {
            return new EventEnvelope(id, header(record, CloudEventHeaders.SOURCE), type,
                    header(record, CloudEventHeaders.SUBJECT), time == null ? null : Instant.parse(time),
                    header(record, CloudEventHeaders.CORRELATION_ID));
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("ce_time is not an RFC 3339 time: " + time, e);
        }
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
