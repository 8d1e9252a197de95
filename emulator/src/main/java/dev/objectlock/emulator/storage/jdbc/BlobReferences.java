package dev.objectlock.emulator.storage.jdbc;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds every blob id the database refers to, so the blob folder can be swept of bodies nothing
 * points at after a crash.
 *
 * <p>Convention: a column holding a blob id is named {@code blob_id} or ends in {@code _blob_id},
 * in any table (object versions, multipart parts, ...). The sweep refuses to guess when a column
 * looks like a blob reference but breaks the convention: it then reports nothing (empty) and the
 * caller keeps every file. So does a schema with no blob column at all.
 */
public final class BlobReferences {

    private static final String COLUMNS = """
            SELECT TABLE_NAME, COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS
            WHERE TABLE_SCHEMA = 'PUBLIC' AND COLUMN_NAME LIKE '%BLOB%'
            """;

    private BlobReferences() {}

    /** Every referenced blob id; empty when a blob-like column breaks the naming convention. */
    public static Optional<Set<String>> all(Jdbc jdbc) {
        List<String[]> columns = jdbc.query(COLUMNS, rs -> new String[] {rs.getString(1), rs.getString(2)});
        if (columns.isEmpty()) {
            return Optional.empty();
        }
        Set<String> ids = new HashSet<>();
        for (String[] column : columns) {
            String name = column[1].toUpperCase(Locale.ROOT);
            if (!name.equals("BLOB_ID") && !name.endsWith("_BLOB_ID")) {
                return Optional.empty();
            }
            ids.addAll(jdbc.query(
                    "SELECT \"" + column[1] + "\" FROM \"" + column[0] + "\" WHERE \"" + column[1] + "\" IS NOT NULL",
                    rs -> rs.getString(1)));
        }
        return Optional.of(ids);
    }
}
