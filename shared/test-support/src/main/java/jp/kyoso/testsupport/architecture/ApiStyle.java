package jp.kyoso.testsupport.architecture;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The rules of docs/api-style.md a machine can check, over a service's controllers and the records they take and
 * answer (followed through their components, lists and pages):
 * <ul>
 *   <li>an {@code Instant} (or another moment type) is named {@code …At}; a {@code LocalDate} is not;</li>
 *   <li>a number whose name says money ({@code amount}, {@code budget}, {@code cost}, {@code price},
 *       {@code requested}, {@code awarded}, {@code paid}, {@code grant}, …) is named {@code …Yen};</li>
 *   <li>no field or query parameter is called bare {@code target} or {@code goal} ({@code sdgTarget},
 *       {@code sdgGoal}), and no query parameter {@code text} or {@code keyword} (free text is {@code q});</li>
 *   <li>what follows the last path variable of a {@code POST} is kebab-case, a verb or a plural noun — not a
 *       singular noun such as {@code refinement} ({@code start-refinement}) or {@code approval} ({@code approve});</li>
 *   <li>a {@code GET} answering a bare list answers a {@code PageResponse} instead, unless the service names it as
 *       bounded (a list that cannot grow, such as a call's criteria).</li>
 * </ul>
 * An old name kept for one release (docs/api-style.md, "Changing a name") is not checked: a controller method,
 * parameter or record component annotated {@code @Deprecated}, or a parameter or component whose name starts with
 * {@code legacy}.
 */
public final class ApiStyle {

    private static final String HTTP = "io.micronaut.http.annotation.";
    private static final List<String> VERBS = List.of("Get", "Post", "Put", "Patch", "Delete");
    /** A LocalDateTime is a wall-clock time in a named zone (a meeting's start in Tokyo), not a moment. */
    private static final Set<Class<?>> MOMENTS = Set.of(Instant.class, OffsetDateTime.class, ZonedDateTime.class);
    private static final Set<Class<?>> NUMBERS = Set.of(int.class, long.class, short.class, double.class,
            float.class, Integer.class, Long.class, Short.class, Double.class, Float.class, BigDecimal.class,
            BigInteger.class);
    private static final Set<String> MONEY_WORDS = Set.of("amount", "budget", "cost", "costs", "price", "requested",
            "awarded", "paid", "grant", "fee", "disbursed", "pledged", "yen");
    /** A number named like money but counting something else: {@code grantCount}, {@code paidShare}. */
    private static final Set<String> NOT_MONEY_ENDINGS = Set.of("count", "share", "rate", "ratio", "percent",
            "percentage", "number", "id", "year", "years", "days", "months");
    /** SDG references are sdgTarget(s) / sdgGoal(s) everywhere. */
    private static final Set<String> BARE_SDG_NAMES = Set.of("target", "goal");
    /** Free text to search by is {@code q}; a record may well have a {@code text} of its own (a notification's). */
    private static final Set<String> BARE_FILTER_NAMES = Set.of("text", "keyword");
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /**
     * Endings of a one-word singular noun where a state change wants a verb: refinement, submission, approval,
     * attendance (a kebab-case segment of several words, such as {@code start-refinement}, starts with its verb).
     * ({@code -ence} is left out: {@code evidence} is a mass noun naming a sub-collection.)
     */
    private static final Pattern SINGULAR_NOUN = Pattern.compile(".*(ment|tion|sion|ance|al)");
    private static final Set<Class<?>> LISTS = Set.of(List.class, Collection.class, Set.class, Iterable.class);
    /** Wrappers whose first type argument is what the client receives. */
    private static final Set<String> WRAPPERS = Set.of("io.micronaut.http.HttpResponse",
            "io.micronaut.http.MutableHttpResponse", "java.util.Optional", "java.util.concurrent.CompletableFuture",
            "java.util.concurrent.CompletionStage", "reactor.core.publisher.Mono", "org.reactivestreams.Publisher",
            "reactor.core.publisher.Flux");

    private final String root;
    private final Set<String> boundedLists = new TreeSet<>();

    private ApiStyle(String root) {
        this.root = root;
    }

    /** The style of the service whose classes live under {@code servicePackage}, e.g. {@code jp.kyoso.fund}. */
    public static ApiStyle of(String servicePackage) {
        return new ApiStyle(servicePackage);
    }

    /** {@code GET <path>} answers a whole list on purpose: it cannot grow (say why where this is called). */
    public ApiStyle boundedList(String path) {
        boundedLists.add(path);
        return this;
    }

    /** @return every place the service's controllers break a rule, one line each, sorted */
    public List<String> violations() {
        List<Class<?>> controllers = MainClasses.reflected(root).stream()
                .filter(type -> annotation(type, HTTP + "Controller").isPresent())
                .toList();
        if (controllers.isEmpty()) {
            throw new IllegalStateException("No @Controller under " + root + ": is the package right?");
        }
        return violations(controllers);
    }

    /** @return the violations of these controllers (and the records they take and answer), one line each, sorted */
    public List<String> violations(Collection<Class<?>> controllers) {
        Set<String> found = new TreeSet<>();
        Set<Class<?>> records = new LinkedHashSet<>();
        for (Class<?> controller : controllers) {
            String base = annotation(controller, HTTP + "Controller").map(ApiStyle::pathOf).orElse("");
            Arrays.stream(controller.getDeclaredMethods())
                    .filter(method -> !method.isSynthetic() && !legacy(method))
                    .sorted(Comparator.comparing(Method::getName))
                    .forEach(method -> endpoint(base, method, found, records));
        }
        for (Class<?> record : closure(records)) {
            for (RecordComponent component : record.getRecordComponents()) {
                // @Deprecated cannot target a record component; Java puts it on the accessor and the field.
                if (!legacy(component.getAccessor(), component.getName())) {
                    name(typeName(record) + "." + component.getName(), component.getName(), component.getType(),
                            found);
                }
            }
        }
        return List.copyOf(found);
    }

    private void endpoint(String base, Method method, Set<String> found, Set<Class<?>> records) {
        for (String verb : VERBS) {
            Optional<Annotation> mapping = annotation(method, HTTP + verb);
            if (mapping.isEmpty()) {
                continue;
            }
            String path = join(base, pathOf(mapping.get()));
            String where = verb.toUpperCase(Locale.ROOT) + " " + path;
            for (Parameter parameter : method.getParameters()) {
                if (legacy(parameter, parameter.getName())) {
                    continue;
                }
                Optional<Annotation> query = annotation(parameter, HTTP + "QueryValue");
                if (query.isPresent()) {
                    String name = Optional.of(value(query.get(), "value")).filter(v -> !v.isEmpty())
                            .orElse(parameter.getName());
                    name(where + " ?" + name, name, parameter.getType(), found);
                    if (BARE_FILTER_NAMES.contains(name)) {
                        found.add(where + " ?" + name + ": free text to search by is 'q'");
                    }
                }
                collect(parameter.getParameterizedType(), records);
            }
            collect(method.getGenericReturnType(), records);
            if (verb.equals("Post")) {
                action(where, path, found);
            }
            if (verb.equals("Get") && answersBareList(method.getGenericReturnType()) && !boundedLists.contains(path)) {
                found.add(where + ": answers a whole list; answer a PageResponse (or name it as a bounded list)");
            }
        }
    }

    private static void name(String where, String name, Class<?> type, Set<String> found) {
        if (MOMENTS.contains(type) && !name.endsWith("At")) {
            found.add(where + ": a moment (" + type.getSimpleName() + ") is named …At");
        }
        if (type == LocalDate.class && name.endsWith("At")) {
            found.add(where + ": a day (LocalDate) is not named …At; …On or the day's name");
        }
        if (NUMBERS.contains(type) && looksLikeMoney(name) && !name.endsWith("Yen")) {
            found.add(where + ": a sum of money is named …Yen");
        }
        if (BARE_SDG_NAMES.contains(name)) {
            String sdg = "sdg" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
            found.add(where + ": bare '" + name + "'; say which " + name + " (" + sdg + " for an SDG " + name + ", "
                    + sdg + "s for a list)");
        }
    }

    private static boolean looksLikeMoney(String name) {
        List<String> words = words(name);
        return words.stream().anyMatch(MONEY_WORDS::contains)
                && !NOT_MONEY_ENDINGS.contains(words.get(words.size() - 1));
    }

    private static void action(String where, String path, Set<String> found) {
        int variable = path.lastIndexOf('}');
        if (variable < 0) {
            return;
        }
        for (String segment : path.substring(variable + 1).split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (!KEBAB.matcher(segment).matches()) {
                found.add(where + ": '" + segment + "' is not kebab-case");
            } else if (!segment.contains("-") && SINGULAR_NOUN.matcher(segment).matches()) {
                found.add(where + ": '" + segment + "' reads as a singular noun; a state change is a verb"
                        + " (start-refinement, approve), a sub-collection a plural noun");
            }
        }
    }

    private static boolean answersBareList(Type type) {
        Type answer = unwrap(type);
        if (answer instanceof Class<?> plain) {
            return plain.isArray() && plain != byte[].class;
        }
        if (answer instanceof GenericArrayType) {
            return true;
        }
        return answer instanceof ParameterizedType parameterized
                && parameterized.getRawType() instanceof Class<?> raw
                && (LISTS.contains(raw) || raw.getName().equals("reactor.core.publisher.Flux"));
    }

    private static Type unwrap(Type type) {
        Type current = type;
        while (current instanceof ParameterizedType parameterized
                && parameterized.getRawType() instanceof Class<?> raw
                && WRAPPERS.contains(raw.getName()) && !raw.getName().equals("reactor.core.publisher.Flux")) {
            current = parameterized.getActualTypeArguments()[0];
        }
        return current;
    }

    /** Adds the kyoso records {@code type} mentions: itself, its type arguments, array components. */
    private void collect(Type type, Set<Class<?>> records) {
        if (type instanceof Class<?> plain) {
            if (plain.isArray()) {
                collect(plain.getComponentType(), records);
            } else if (plain.isRecord() && plain.getName().startsWith("jp.kyoso.")) {
                records.add(plain);
            }
        } else if (type instanceof ParameterizedType parameterized) {
            collect(parameterized.getRawType(), records);
            Arrays.stream(parameterized.getActualTypeArguments()).forEach(argument -> collect(argument, records));
        } else if (type instanceof GenericArrayType array) {
            collect(array.getGenericComponentType(), records);
        } else if (type instanceof WildcardType wildcard) {
            Arrays.stream(wildcard.getUpperBounds()).forEach(bound -> collect(bound, records));
        }
    }

    /** The records and every record their components reach. */
    private Set<Class<?>> closure(Set<Class<?>> start) {
        Set<Class<?>> all = new LinkedHashSet<>(start);
        List<Class<?>> queue = new ArrayList<>(start);
        while (!queue.isEmpty()) {
            Class<?> record = queue.remove(queue.size() - 1);
            Set<Class<?>> reached = new LinkedHashSet<>();
            for (RecordComponent component : record.getRecordComponents()) {
                collect(component.getGenericType(), reached);
            }
            reached.stream().filter(all::add).forEach(queue::add);
        }
        return all;
    }

    private static boolean legacy(AnnotatedElement element) {
        return element.isAnnotationPresent(Deprecated.class);
    }

    private static boolean legacy(AnnotatedElement element, String name) {
        return legacy(element) || name.startsWith("legacy");
    }

    static List<String> words(String name) {
        return Stream.of(name.split("(?<=[a-z0-9])(?=[A-Z])|_"))
                .map(word -> word.toLowerCase(Locale.ROOT)).toList();
    }

    /** {@code Outer.Inner} without the package, so a line stays the same when a feature moves (issue 21). */
    private static String typeName(Class<?> type) {
        String name = type.getCanonicalName() == null ? type.getName() : type.getCanonicalName();
        return name.substring(type.getPackageName().length() + 1);
    }

    private static String join(String base, String path) {
        String joined = (base + "/" + path).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    /** The path of a Micronaut mapping: its {@code value}, else its {@code uri}, else the first of its {@code uris}. */
    private static String pathOf(Annotation mapping) {
        for (String attribute : List.of("value", "uri")) {
            String path = value(mapping, attribute);
            if (!path.isEmpty() && !path.equals("/")) {
                return path;
            }
        }
        try {
            Object uris = mapping.annotationType().getMethod("uris").invoke(mapping);
            return uris instanceof String[] all && all.length > 0 ? all[0] : "";
        } catch (ReflectiveOperationException e) {
            return "";
        }
    }

    private static String value(Annotation annotation, String attribute) {
        try {
            Object value = annotation.annotationType().getMethod(attribute).invoke(annotation);
            return value instanceof String text ? text : "";
        } catch (ReflectiveOperationException e) {
            return "";
        }
    }

    /** Micronaut's annotations by name, so this module needs no HTTP dependency of its own. */
    private static Optional<Annotation> annotation(AnnotatedElement element, String name) {
        return Arrays.stream(element.getAnnotations())
                .filter(annotation -> annotation.annotationType().getName().equals(name)).findFirst();
    }
}
