package jp.kyoso.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import jp.kyoso.local.launcher.LocalService;

/**
 * Every write endpoint (POST, PUT, PATCH, DELETE) of every service, read from the OpenAPI document each service jar
 * carries ({@code META-INF/swagger/*.yml}, generated at compile time), so that a new endpoint is covered without
 * touching the tests that use this list.
 */
final class WriteEndpoints {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> WRITE_METHODS = Set.of("post", "put", "patch", "delete");
    /** Bound from the token or the query string by kyoso-web, not from the body, though the generator lists them. */
    private static final Set<String> NOT_FROM_BODY = Set.of("user", "paging");

    private WriteEndpoints() {
    }

    /**
     * One write endpoint.
     *
     * @param service the service whose jar documents it
     * @param method upper-case HTTP method
     * @param path the path template, e.g. {@code /api/fund/calls/{id}/open}
     * @param pathParameters the template's parameters with their schemas (resolved)
     * @param contentType the first media type of the request body, or null without a body
     * @param body the body's schema with references and {@code allOf} resolved, null unless JSON with properties
     */
    record WriteEndpoint(String service, String method, String path, Map<String, JsonNode> pathParameters,
                         String contentType, ObjectNode body) {

        String label() {
            return method + " " + path;
        }

        boolean hasJsonBody() {
            return body != null && body.path("properties").size() > 0;
        }

        boolean hasTextBody() {
            return contentType != null && contentType.startsWith("text/");
        }
    }

    /** Every write endpoint of every service whose jar sits under {@code repositoryRoot}. */
    static List<WriteEndpoint> all(Path repositoryRoot) {
        List<WriteEndpoint> endpoints = new ArrayList<>();
        for (LocalService service : LocalService.ALL) {
            JsonNode spec = spec(service.jar(repositoryRoot));
            if (spec != null) {
                endpoints.addAll(of(service.name(), spec));
            }
        }
        return endpoints;
    }

    private static JsonNode spec(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            Iterator<JarEntry> entries = file.entries().asIterator();
            while (entries.hasNext()) {
                JarEntry entry = entries.next();
                if (entry.getName().startsWith("META-INF/swagger/") && entry.getName().endsWith(".yml")
                        && !entry.getName().contains("/views/")) {
                    try (InputStream in = file.getInputStream(entry)) {
                        return YAML.readTree(in);
                    }
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the OpenAPI document of " + jar, e);
        }
    }

    private static List<WriteEndpoint> of(String service, JsonNode spec) {
        List<WriteEndpoint> endpoints = new ArrayList<>();
        JsonNode components = spec.path("components").path("schemas");
        spec.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            if (!WRITE_METHODS.contains(operation.getKey())) {
                return;
            }
            JsonNode op = operation.getValue();
            Map<String, JsonNode> pathParameters = new java.util.LinkedHashMap<>();
            for (JsonNode parameter : op.path("parameters")) {
                if ("path".equals(parameter.path("in").asText())) {
                    pathParameters.put(parameter.path("name").asText(),
                            resolve(parameter.path("schema"), components));
                }
            }
            String contentType = null;
            ObjectNode body = null;
            Iterator<Map.Entry<String, JsonNode>> media = op.path("requestBody").path("content").fields();
            if (media.hasNext()) {
                Map.Entry<String, JsonNode> first = media.next();
                contentType = first.getKey();
                if (contentType.equals("application/json")) {
                    body = resolve(first.getValue().path("schema"), components);
                    ObjectNode properties = (ObjectNode) body.path("properties");
                    NOT_FROM_BODY.forEach(properties::remove);
                    if (body.has("required")) {
                        ArrayNodes.removeTexts(body.withArray("required"), NOT_FROM_BODY);
                    }
                }
            }
            endpoints.add(new WriteEndpoint(service, operation.getKey().toUpperCase(java.util.Locale.ROOT),
                    path.getKey(), pathParameters, contentType, body));
        }));
        return endpoints;
    }

    /** A copy of {@code schema} with every {@code $ref} replaced by its target and {@code allOf} merged. */
    static ObjectNode resolve(JsonNode schema, JsonNode components) {
        ObjectNode resolved = YAML.createObjectNode();
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asText().substring("#/components/schemas/".length());
            resolved.setAll(resolve(components.path(name), components));
        }
        for (JsonNode part : schema.path("allOf")) {
            merge(resolved, resolve(part, components));
        }
        schema.fields().forEachRemaining(field -> {
            switch (field.getKey()) {
                case "$ref", "allOf" -> { }
                case "properties" -> {
                    ObjectNode properties = resolved.withObject("properties");
                    field.getValue().fields().forEachRemaining(property ->
                            properties.set(property.getKey(), resolve(property.getValue(), components)));
                }
                case "items" -> resolved.set("items", resolve(field.getValue(), components));
                default -> resolved.set(field.getKey(), field.getValue());
            }
        });
        return resolved;
    }

    private static void merge(ObjectNode into, ObjectNode part) {
        part.fields().forEachRemaining(field -> {
            if (field.getKey().equals("properties")) {
                into.withObject("properties").setAll((ObjectNode) field.getValue());
            } else if (field.getKey().equals("required")) {
                field.getValue().forEach(name -> into.withArray("required").add(name));
            } else {
                into.set(field.getKey(), field.getValue());
            }
        });
    }

    /** Small helper for Jackson arrays of strings. */
    private static final class ArrayNodes {
        static void removeTexts(com.fasterxml.jackson.databind.node.ArrayNode array, Set<String> texts) {
            for (int i = array.size() - 1; i >= 0; i--) {
                if (texts.contains(array.get(i).asText())) {
                    array.remove(i);
                }
            }
        }
    }
}
