package jp.kyoso.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import jp.kyoso.events.cocreation.SeedPublished;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventCatalogTest {

    private final EventCodec codec = new EventCodec(ObjectMapper.getDefault());
    private final EventSchemas schemas = new EventSchemas();

    static Stream<DomainEvent> samples() {
        return SampleEvents.all().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void everyEventRoundTripsAndMatchesItsSchema(DomainEvent event) {
        EventDescriptor descriptor = EventCatalog.of(event);
        byte[] json = codec.encode(event);

        assertEquals(Set.of(), Set.copyOf(schemas.validate(descriptor.type(), json)),
                () -> new String(json, StandardCharsets.UTF_8));
        assertEquals(event, codec.decode(descriptor.type(), json));
    }

    @Test
    void everyCatalogedTypeHasASampleAndASchema() throws IOException {
        Set<String> sampled = SampleEvents.all().stream()
                .map(event -> EventCatalog.of(event).type()).collect(Collectors.toSet());
        for (EventDescriptor descriptor : EventCatalog.all()) {
            assertTrue(sampled.contains(descriptor.type()), "no sample event for " + descriptor.type());
            try (InputStream schema = getClass().getResourceAsStream(descriptor.schemaResource())) {
                assertNotNull(schema, "no schema for " + descriptor.type());
            }
            assertTrue(descriptor.type().matches("jp\\.kyoso\\.[a-z]+\\.[a-z]+\\.[a-z]+\\.v[0-9]+"), descriptor.type());
            assertTrue(descriptor.topic().matches("[a-z]+\\.[a-z]+\\.events"), descriptor.topic());
        }
    }

    /**
     * Serde leaves empty collections out by default, and a schema that requires a list then rejects the event
     * (a seed without keywords was refused by its own outbox). NON_NULL keeps empty lists and still omits nulls.
     */
    @Test
    void everyEventKeepsItsEmptyListsInTheJson() {
        List<String> missing = EventCatalog.all().stream().map(EventDescriptor::eventClass)
                .filter(type -> {
                    JsonInclude include = type.getAnnotation(JsonInclude.class);
                    return include == null || include.value() != JsonInclude.Include.NON_NULL;
                })
                .map(Class::getSimpleName).toList();
        assertEquals(List.of(), missing, "annotate with @JsonInclude(JsonInclude.Include.NON_NULL)");
        SeedPublished bare = new SeedPublished("5b0e8d3a-1f2c-4d6e-8a9b-0c1d2e3f4a5b",
                "7a1c2a44-3c4e-4b1e-9a57-0c2f8f0f6a11", "見守りセンサー", "説明", List.of(), List.of(),
                SampleEvents.AT);
        String json = new String(new EventCodec(ObjectMapper.getDefault()).encode(bare), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"keywords\":[]") && json.contains("\"sdgTargets\":[]"), json);
    }

    @Test
    void schemaRejectsAnEventMissingARequiredFieldOrWithAWrongValue() {
        String type = "jp.kyoso.cocreation.organisation.approved.v1";
        String missingName = """
                {"organisationId":"7a1c2a44-3c4e-4b1e-9a57-0c2f8f0f6a11","organisationType":"COMPANY",
                 "approvedAt":"2025-05-12T01:30:00Z","approvedBy":"secretariat"}""";
        String unknownType = """
                {"organisationId":"7a1c2a44-3c4e-4b1e-9a57-0c2f8f0f6a11","name":"x","organisationType":"GUILD",
                 "approvedAt":"2025-05-12T01:30:00Z","approvedBy":"secretariat"}""";
        String badTime = """
                {"organisationId":"7a1c2a44-3c4e-4b1e-9a57-0c2f8f0f6a11","name":"x","organisationType":"NPO",
                 "approvedAt":"yesterday","approvedBy":"secretariat"}""";

        assertFalse(schemas.validate(type, missingName.getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertFalse(schemas.validate(type, unknownType.getBytes(StandardCharsets.UTF_8)).isEmpty());
        assertFalse(schemas.validate(type, badTime.getBytes(StandardCharsets.UTF_8)).isEmpty());
    }

    @Test
    void consumersIgnoreFieldsAddedLaterToTheSameVersion() {
        String withExtra = """
                {"organisationId":"7a1c2a44-3c4e-4b1e-9a57-0c2f8f0f6a11","reason":"理由","rejectedAt":"2025-05-12T01:30:00Z",
                 "rejectedBy":"secretariat","appealDeadline":"2025-06-01"}""";
        DomainEvent event = codec.decode("jp.kyoso.cocreation.organisation.rejected.v1",
                withExtra.getBytes(StandardCharsets.UTF_8));
        assertEquals("理由", ((jp.kyoso.events.cocreation.OrganisationRejected) event).reason());
    }
}
