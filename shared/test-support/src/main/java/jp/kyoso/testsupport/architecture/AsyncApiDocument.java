package jp.kyoso.testsupport.architecture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jp.kyoso.events.EventCatalog;
import jp.kyoso.events.EventDescriptor;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A service's hand-written AsyncAPI 3 document ({@code META-INF/asyncapi/<service>.yaml}) held against what is true:
 * every channel is a topic of the {@link EventCatalog}, every message an event type of that topic whose payload
 * {@code $ref}s the event's JSON Schema by its {@code $id} (or repeats it exactly); the {@code send} operations carry
 * exactly the catalogue's events of the service's context ({@code jp.kyoso.<service>.…}) and the {@code receive}
 * operations exactly the events the service's {@code EventHandler}s take.
 */
public final class AsyncApiDocument {

    static final String EVENT_HANDLER = "jp.kyoso.messaging.inbox.EventHandler";

    private final String root;
    private final String resource;
    private final Set<String> consumedAtRunTime = new TreeSet<>();

    private AsyncApiDocument(String root, String resource) {
        this.root = root;
        this.resource = resource;
    }

    /** The document {@code META-INF/asyncapi/<service>.yaml} of the service under {@code servicePackage}. */
    public static AsyncApiDocument of(String servicePackage, String service) {
        return new AsyncApiDocument(servicePackage, "META-INF/asyncapi/" + service + ".yaml");
    }

    /**
     * The service also consumes these event types through handlers it registers at run time, which a scan of its
     * compiled classes cannot see (the portal's audit trail takes every catalogued type).
     */
    public AsyncApiDocument consumingAlso(Collection<String> types) {
        consumedAtRunTime.addAll(types);
        return this;
    }

    /** @return every way the document and the catalogue, the schemas or the service's handlers disagree, sorted */
    public List<String> violations() {
        List<Class<?>> classes = MainClasses.reflected(root);
        Set<String> consumed = consumed(classes, EVENT_HANDLER);
        consumed.addAll(consumedAtRunTime);
        return violations(read(), published(root), consumed);
    }

    /** The catalogue's event types of the service's own context: what it publishes. */
    static Set<String> published(String servicePackage) {
        return EventCatalog.all().stream().map(EventDescriptor::type)
                .filter(type -> type.startsWith(servicePackage + "."))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The event types the given classes handle: a class implementing {@code handler<E>}, or a method (a factory's
     * bean) answering {@code handler<E>}, for a catalogued event class {@code E}.
     */
    static Set<String> consumed(Collection<Class<?>> classes, String handler) {
        Set<String> types = new TreeSet<>();
        for (Class<?> type : classes) {
            List<Type> handled = new ArrayList<>(List.of(type.getGenericInterfaces()));
            for (Method method : type.getDeclaredMethods()) {
                handled.add(method.getGenericReturnType());
            }
            handled.stream().map(candidate -> eventOf(candidate, handler)).flatMap(Optional::stream)
                    .forEach(types::add);
        }
        return types;
    }

    @SuppressWarnings("unchecked")
    private static Optional<String> eventOf(Type type, String handler) {
        if (type instanceof ParameterizedType parameterized
                && parameterized.getRawType() instanceof Class<?> raw && raw.getName().equals(handler)
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> event) {
            return EventCatalog.all().stream().filter(descriptor -> descriptor.eventClass().equals(event))
                    .map(EventDescriptor::type).findFirst();
        }
        return Optional.empty();
    }

    private Map<String, Object> read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the class path");
            }
            return yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> violations(Map<String, Object> document, Set<String> published, Set<String> consumed) {
        Set<String> found = new TreeSet<>();
        if (!String.valueOf(document.get("asyncapi")).startsWith("3.")) {
            found.add("asyncapi: not an AsyncAPI 3 document");
        }
        Map<String, Object> channels = map(document.get("channels"));
        Map<String, Map<String, String>> typesByChannel = new LinkedHashMap<>();
        Set<String> topics = EventCatalog.all().stream().map(EventDescriptor::topic).collect(Collectors.toSet());
        channels.forEach((key, value) -> {
            Map<String, Object> channel = map(value);
            String address = String.valueOf(channel.get("address"));
            if (!topics.contains(address)) {
                found.add("channels." + key + ": address " + address + " is no topic of the EventCatalog");
            }
            Map<String, String> types = new LinkedHashMap<>();
            map(channel.get("messages")).forEach((name, message) -> {
                String where = "channels." + key + ".messages." + name;
                String type = String.valueOf(map(message).get("name"));
                types.put(name, type);
                message(where, address, type, map(message).get("payload"), found);
            });
            typesByChannel.put(key, types);
        });
        Set<String> sent = new TreeSet<>();
        Set<String> received = new TreeSet<>();
        map(document.get("operations")).forEach((key, value) -> {
            Map<String, Object> operation = map(value);
            String action = String.valueOf(operation.get("action"));
            Set<String> carried = action.equals("send") ? sent : action.equals("receive") ? received : null;
            if (carried == null) {
                found.add("operations." + key + ": action is send or receive, not " + action);
                return;
            }
            String channel = reference(operation.get("channel"), "#/channels/");
            Map<String, String> types = typesByChannel.get(channel);
            if (types == null) {
                found.add("operations." + key + ": no channel " + channel);
                return;
            }
            Object messages = operation.get("messages");
            if (messages == null) {
                carried.addAll(types.values());
            } else {
                for (Object message : (List<?>) messages) {
                    String name = reference(message, "#/channels/" + channel + "/messages/");
                    if (types.containsKey(name)) {
                        carried.add(types.get(name));
                    } else {
                        found.add("operations." + key + ": channel " + channel + " has no message " + name);
                    }
                }
            }
        });
        difference(published, sent, "the service publishes %s but no send operation carries it", found);
        difference(sent, published, "a send operation carries %s, which the service does not publish", found);
        difference(consumed, received, "the service handles %s but no receive operation carries it", found);
        difference(received, consumed, "a receive operation carries %s, which no handler of the service takes", found);
        return List.copyOf(found);
    }

    private static void message(String where, String address, String type, Object payload, Set<String> found) {
        Optional<EventDescriptor> descriptor = EventCatalog.byType(type);
        if (descriptor.isEmpty()) {
            found.add(where + ": " + type + " is no event type of the EventCatalog");
            return;
        }
        if (!descriptor.get().topic().equals(address)) {
            found.add(where + ": " + type + " travels on " + descriptor.get().topic() + ", not " + address);
        }
        Map<String, Object> schema = schema(descriptor.get());
        Map<String, Object> given = map(payload);
        Object id = schema.get("$id");
        if (given.containsKey("$ref") ? !given.get("$ref").equals(id) : !given.equals(schema)) {
            found.add(where + ": the payload is not the event's schema; write {$ref: \"" + id + "\"}");
        }
    }

    /** The event's JSON Schema as a tree (JSON is read as YAML, whose flow style it is). */
    private static Map<String, Object> schema(EventDescriptor descriptor) {
        try (InputStream in = EventCatalog.class.getResourceAsStream(descriptor.schemaResource())) {
            if (in == null) {
                throw new IllegalStateException("No schema at " + descriptor.schemaResource());
            }
            return yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }

    private static void difference(Set<String> these, Set<String> minus, String format, Set<String> found) {
        these.stream().filter(type -> !minus.contains(type)).forEach(type -> found.add(String.format(format, type)));
    }

    private static String reference(Object holder, String prefix) {
        String ref = String.valueOf(map(holder).get("$ref"));
        return ref.startsWith(prefix) ? ref.substring(prefix.length()) : ref;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
