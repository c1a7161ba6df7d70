package jp.kyoso.kpi.projection;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;

/**
 * How one kind of fact is written: its table, one column per record component named as Micronaut Data maps it
 * (snake case), so the repositories read back exactly what this wrote, and the key that makes a second write of the
 * same fact a no-op. A poll's facts are copied ({@code COPY … FROM STDIN}, text format) into a temporary staging
 * table of the transaction, then moved with one {@code insert … select … on conflict do nothing}: PostgreSQL parses
 * each value once by its column's type, where the array parameters it replaced were built, sent and unpacked as
 * arrays first.
 */
final class FactTable<F extends Fact> {

    /** The staging table's extra column: each fact's place in the poll, so the move keeps the order given. */
    private static final String ORDINAL = "staging_ordinal";

    private record Column(String name, MethodHandle accessor, String select) {
    }

    private final Class<F> type;
    private final List<Column> columns;
    private final String createStaging;
    private final String copy;
    private final String move;
    private final String emptyStaging;

    private FactTable(Class<F> type, String table, String key, Map<String, String> selects) {
        this.type = type;
        List<Column> all = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = snakeCase(component.getName());
            all.add(new Column(name, accessor(component), selects.getOrDefault(name, "f." + name)));
        }
        this.columns = List.copyOf(all);
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        String staging = "staging_" + table;
        // Per connection, emptied by every commit; typed like the fact table's columns, so COPY parses each value
        // as the fact table would (an ISO-8601 instant as timestamptz, a day as date).
        this.createStaging = "create temporary table if not exists " + staging + " on commit delete rows as select "
                + names + ", 0 as " + ORDINAL + " from " + table + " with no data";
        this.copy = "copy " + staging + " (" + names + ", " + ORDINAL + ") from stdin";
        this.move = "insert into " + table + " (" + names + ") select "
                + columns.stream().map(Column::select).collect(Collectors.joining(", "))
                + " from " + staging + " as f order by f." + ORDINAL + " on conflict (" + key + ") do nothing";
        this.emptyStaging = "delete from " + staging;
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

    /** Writes the facts absent from the table, in the caller's transaction; @return how many were new. */
    int insertAbsent(Connection connection, List<? extends Fact> facts) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(createStaging);
            byte[] rows = copyText(facts).getBytes(StandardCharsets.UTF_8);
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new ByteArrayInputStream(rows));
            int moved = statement.executeUpdate(move);
            // The commit empties the table; before it, another run of the same poll writing to this table must not
            // move these rows again.
            statement.execute(emptyStaging);
            return moved;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PostgreSQL's COPY text format: tab-separated, {@code \N} for null, backslash escapes. */
    String copyText(List<? extends Fact> facts) {
        StringBuilder text = new StringBuilder(facts.size() * 128);
        for (int row = 0; row < facts.size(); row++) {
            Fact fact = facts.get(row);
            for (Column column : columns) {
                append(text, read(column.accessor(), fact));
                text.append('\t');
            }
            text.append(row).append('\n');
        }
        return text.toString();
    }

    private static void append(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        String string = value instanceof Enum<?> constant ? constant.name() : value.toString();
        for (int i = 0; i < string.length(); i++) {
            char c = string.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    private static MethodHandle accessor(RecordComponent component) {
        try {
            return MethodHandles.publicLookup().unreflect(component.getAccessor());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }

    private static Object read(MethodHandle accessor, Fact fact) {
        try {
            return accessor.invoke(fact);
        } catch (Throwable e) {
            throw new IllegalStateException("Cannot read " + accessor, e);
        }
    }

    private static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
