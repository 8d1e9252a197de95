package dev.objectlock.emulator.storage;

import dev.objectlock.emulator.domain.model.LegalHoldStatus;
import dev.objectlock.emulator.domain.model.ObjectLock;
import dev.objectlock.emulator.domain.model.Retention;
import dev.objectlock.emulator.domain.model.RetentionMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** The three columns (retention_mode, retain_until, legal_hold) that hold an {@link ObjectLock}. */
final class ObjectLockColumns {

    static final String NAMES = "retention_mode, retain_until, legal_hold";

    private ObjectLockColumns() {
    }

    /** The bind values, in column order. */
    static Object[] values(ObjectLock lock) {
        ObjectLock l = lock == null ? ObjectLock.NONE : lock;
        Retention r = l.retention();
        return new Object[] {r == null ? null : r.mode().name(), r == null ? null : r.retainUntil().toEpochMilli(),
                l.legalHold() == null ? null : l.legalHold().name()};
    }

    static ObjectLock read(ResultSet rs) throws SQLException {
        String mode = rs.getString("retention_mode");
        long until = rs.getLong("retain_until");
        Retention retention = mode == null ? null : new Retention(RetentionMode.valueOf(mode), Instant.ofEpochMilli(until));
        String hold = rs.getString("legal_hold");
        return new ObjectLock(retention, hold == null ? null : LegalHoldStatus.valueOf(hold));
    }
}
