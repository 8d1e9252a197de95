package dev.objectlock.emulator.storage.jdbc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Column names paired with the values to bind to them, in order. A statement's column list and
 * its bindings are written once, together, so a value cannot slip to the wrong column when one
 * is added, and a column that is not set stays NULL without a literal null for it.
 *
 * <pre>{@code
 * Columns row = new Columns().set("name", name).set("created_at", now.toEpochMilli());
 * jdbc.update(row.insertInto("buckets"), row.values());
 * }</pre>
 */
public final class Columns {

    private final List<String> names = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    /** Adds {@code name = value}; a column may be set once. */
    public Columns set(String name, Object value) {
        if (names.contains(name)) {
            throw new IllegalArgumentException("column " + name + " is set twice");
        }
        names.add(name);
        values.add(value);
        return this;
    }

    /** Adds every column of {@code more}, in its order. */
    public Columns setAll(Columns more) {
        for (int i = 0; i < more.names.size(); i++) {
            set(more.names.get(i), more.values.get(i));
        }
        return this;
    }

    /** {@code INSERT INTO table (a, b) VALUES (?, ?)}; bind {@link #values}. */
    public String insertInto(String table) {
        return "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
    }

    /** {@code a = ?, b = ?}, the SET clause of an UPDATE; bind {@link #values} with the WHERE clause's after them. */
    public String assignments() {
        return String.join(", ", names.stream().map(name -> name + " = ?").toList());
    }

    /** The values in column order, followed by {@code more} (the parameters of a WHERE clause). */
    public Object[] values(Object... more) {
        List<Object> all = new ArrayList<>(values);
        all.addAll(Arrays.asList(more));
        return all.toArray();
    }
}
