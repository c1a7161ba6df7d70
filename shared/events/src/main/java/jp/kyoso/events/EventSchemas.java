package jp.kyoso.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Checks event JSON against the schema of its type; the outbox refuses an event its own schema rejects. */
public final class EventSchemas {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    // Draft 2020-12 treats "format" as a mere annotation; kyoso wants uuid and date-time enforced.
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();

    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    /** @return the violations, empty when the JSON is a valid instance of the type's schema */
    public List<String> validate(String type, byte[] json) {
        JsonNode instance;
        try {
            instance = JSON.readTree(json);
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
        return schemaOf(type).validate(instance).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    private JsonSchema schemaOf(String type) {
        return schemas.computeIfAbsent(type, EventSchemas::load);
    }

    private static JsonSchema load(String type) {
        EventDescriptor descriptor = EventCatalog.byType(type)
                .orElseThrow(() -> new IllegalArgumentException("Unknown event type " + type));
        try (InputStream in = EventSchemas.class.getResourceAsStream(descriptor.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("No schema at " + descriptor.schemaResource());
            }
            return FACTORY.getSchema(in, CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
