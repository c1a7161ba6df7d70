package jp.kyoso.events;

import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Turns event records into the JSON value of a Kafka record and back. */
public final class EventCodec {

    private final ObjectMapper objectMapper;

    public EventCodec(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    public byte[] encode(DomainEvent event) {
        try {
            return objectMapper.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serialise " + event.getClass().getSimpleName(), e);
        }
    }

    /** Reads an event of a known type; unknown fields are ignored so additive changes keep v1 readable. */
    public DomainEvent decode(String type, byte[] json) {
        EventDescriptor descriptor = EventCatalog.byType(type)
                .orElseThrow(() -> new IllegalArgumentException("Unknown event type " + type));
        try {
            return objectMapper.readValue(json, descriptor.eventClass());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + type + ": " + e.getMessage(), e);
        }
    }
}
