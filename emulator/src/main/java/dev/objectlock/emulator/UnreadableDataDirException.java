package dev.objectlock.emulator;

import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.api.ErrorCode;

/**
 * A data directory whose database H2 refuses to open: the file is damaged, or another H2 file
 * format wrote it (one from before H2 2.0, or from a newer H2 than ours). H2 only says "Store header
 * is corrupt" under a "transaction failed"; this says whose file it is and what to do.
 */
final class UnreadableDataDirException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private UnreadableDataDirException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code failure} itself, unless it is H2 refusing to read the database file in {@code dataDir}. */
    static RuntimeException explain(Path dataDir, RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && (sql.getErrorCode() == ErrorCode.FILE_CORRUPTED_1
                            || sql.getErrorCode() == ErrorCode.FILE_VERSION_ERROR_1)) {
                return new UnreadableDataDirException(
                        "cannot read the database in "
                                + dataDir.toAbsolutePath().normalize() + ": it is damaged, or an H2 version with "
                                + "another file format wrote it (H2 says: " + rootMessage(t) + "). Open it with "
                                + "the emulator release that wrote it, or move it away to start with an empty "
                                + "data directory.",
                        failure);
            }
        }
        return failure;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
