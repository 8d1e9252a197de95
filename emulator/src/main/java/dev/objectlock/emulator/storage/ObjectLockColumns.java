package dev.objectlock.emulator.storage;

import dev.objectlock.emulator.domain.model.LegalHoldStatus;
import dev.objectlock.emulator.domain.model.ObjectLock;
import dev.objectlock.emulator.domain.model.Retention;
import dev.objectlock.emulator.domain.model.RetentionMode;
import dev.objectlock.emulator.storage.jdbc.Columns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** The three columns (retention_mode, retain_until, legal_hold) that hold an {@link ObjectLock}. */
final class ObjectLockColumns {

    private ObjectLockColumns() {}

    static Columns of(ObjectLock lock) {
        ObjectLock l = lock == null ? ObjectLock.NONE : lock;
        Retention r = l.retention();
        return new Columns()
                .set("retention_mode", r == null ? null : r.mode().name())
                .set("retain_until", r == null ? null : r.retainUntil().toEpochMilli())
                .set("legal_hold", l.legalHold() == null ? null : l.legalHold().name());
    }

    static ObjectLock read(ResultSet rs) throws SQLException {
        String mode = rs.getString("retention_mode");
        long until = rs.getLong("retain_until");
        Retention retention =
                mode == null ? null : new Retention(RetentionMode.valueOf(mode), Instant.ofEpochMilli(until));
        String hold = rs.getString("legal_hold");
        return new ObjectLock(retention, hold == null ? null : LegalHoldStatus.valueOf(hold));
    }
}
