package jp.kyoso.events;

/** What the catalogue knows of one event type: its record class, CloudEvents type, topic and schema resource. */
public record EventDescriptor(Class<? extends DomainEvent> eventClass, String type, String topic) {

    static EventDescriptor of(Class<? extends DomainEvent> eventClass) {
        EventType annotation = eventClass.getAnnotation(EventType.class);
        if (annotation == null) {
            throw new IllegalStateException(eventClass.getName() + " lacks @EventType");
        }
        return new EventDescriptor(eventClass, annotation.value(), annotation.topic());
    }

    /** Classpath resource of the event's JSON Schema, named after its type so the two cannot drift apart. */
    public String schemaResource() {
        return "/schemas/" + type + ".json";
    }
}
