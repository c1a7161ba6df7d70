package jp.kyoso.kpi.projection;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * How one kind of fact is written: its table, one column per record component named as Micronaut Data maps it
 * (snake case), so the repositories read back exactly what this wrote, and the key that makes a second write of the
 * same fact a no-op. The insert takes any number of facts as one array per column.
 */
final class FactTable<F extends Fact> {

    /** A column's array type as sent, the Java array it is sent from, and how the select turns it into its type. */
    private enum Kind {
        TEXT("text", "", String[]::new), INT("int4", "", Integer[]::new), BIGINT("int8", "", Long[]::new),
        BOOL("bool", "", Boolean[]::new), TIMESTAMPTZ("text", "::timestamptz", String[]::new),
        DATE("text", "::date", String[]::new);

        final String arrayType;
        final String cast;
        final IntFunction<Object[]> newArray;

        Kind(String arrayType, String cast, IntFunction<Object[]> newArray) {
            this.arrayType = arrayType;
            this.cast = cast;
            this.newArray = newArray;
        }

        static Kind of(Class<?> type) {
            if (type == int.class || type == Integer.class) {
                return INT;
            }
            if (type == long.class || type == Long.class) {
                return BIGINT;
            }
            if (type == boolean.class || type == Boolean.class) {
                return BOOL;
            }
            if (type == Instant.class) {
                return TIMESTAMPTZ; // ISO-8601 with its offset: read back by PostgreSQL as the same instant
            }
            if (type == LocalDate.class) {
                return DATE;
            }
            if (type == String.class || type.isEnum()) {
                return TEXT;
            }
            throw new IllegalArgumentException("No column type for " + type);
        }
    }

    private record Column(String name, Kind kind, RecordComponent component, String select) {
    }

    private final Class<F> type;
    private final List<Column> columns;
    private final String insert;

    private FactTable(Class<F> type, String table, String key, Map<String, String> selects) {
        this.type = type;
        List<Column> all = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = snakeCase(component.getName());
            Kind kind = Kind.of(component.getType());
            all.add(new Column(name, kind, component, selects.getOrDefault(name, "f." + name + kind.cast)));
        }
        this.columns = List.copyOf(all);
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        this.insert = "insert into " + table + " (" + names + ") select "
                + columns.stream().map(Column::select).collect(Collectors.joining(", "))
                + " from unnest(" + columns.stream().map(column -> "?::" + column.kind().arrayType + "[]")
                        .collect(Collectors.joining(", "))
                + ") as f(" + names + ") on conflict (" + key + ") do nothing";
    }

    static <F extends Fact> FactTable<F> of(Class<F> type, String table, String key) {
        return new FactTable<>(type, table, key, Map.of());
    }

    /** A column computed by the select rather than taken as sent, e.g. from rows already in the table. */
    static <F extends Fact> FactTable<F> of(Class<F> type, String table, String key, Map<String, String> selects) {
        return new FactTable<>(type, table, key, selects);
    }

    Class<F> type() {
        return type;
    }

    String insert() {
        return insert;
    }

    void bind(PreparedStatement statement, List<? extends Fact> facts) throws SQLException {
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            Object[] values = column.kind().newArray.apply(facts.size());
            for (int row = 0; row < values.length; row++) {
                values[row] = sqlValue(read(column.component(), facts.get(row)), column.kind());
            }
            // A typed Java array goes out in PostgreSQL's binary array format, each string as its UTF-8 bytes;
            // createArrayOf's text format escaped every element character by character, a fifth of the consumer
            // thread's CPU during a rebuild.
            statement.setObject(i + 1, values);
        }
    }

    private static Object read(RecordComponent component, Fact fact) {
        try {
            return component.getAccessor().invoke(fact);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }

    private static Object sqlValue(Object value, Kind kind) {
        if (value == null || kind == Kind.INT || kind == Kind.BIGINT || kind == Kind.BOOL) {
            return value;
        }
        return value instanceof Enum<?> constant ? constant.name() : value.toString();
    }

    private static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
