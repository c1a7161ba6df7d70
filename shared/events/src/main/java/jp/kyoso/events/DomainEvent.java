package jp.kyoso.events;

/**
 * A fact one service records and others react to. Every implementation is a record annotated with
 * {@link EventType} and listed in {@link EventCatalog}, with a JSON Schema under {@code /schemas}.
 */
public interface DomainEvent {

    /** The aggregate the event is about: the Kafka key and the CloudEvents subject, so order is kept per aggregate. */
    String aggregateId();
}
