package dev.objectlock.emulator.storage;

import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.model.DefaultRetention;
import dev.objectlock.emulator.domain.model.RetentionMode;
import dev.objectlock.emulator.domain.model.VersioningStatus;
import dev.objectlock.emulator.domain.port.BucketRepository;
import dev.objectlock.emulator.storage.jdbc.Columns;
import dev.objectlock.emulator.storage.jdbc.Jdbc;
import dev.objectlock.emulator.storage.jdbc.SqlRuntimeException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class JdbcBucketRepository implements BucketRepository {

    private static final String COLUMNS = """
            name, region, created_at, versioning, mfa_delete_configured, object_lock_enabled,
            default_retention_mode, default_retention_days, default_retention_years""";
    private static final String FIND = "SELECT " + COLUMNS + " FROM buckets WHERE name = ?";
    private static final String LIST = "SELECT " + COLUMNS + " FROM buckets ORDER BY name";

    private final Jdbc jdbc;

    public JdbcBucketRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insert(Bucket b) {
        // Insert and let the primary key decide: a check first would let two racing creates both pass it.
        DefaultRetention d = b.defaultRetention();
        Columns row = new Columns()
                .set("name", b.name())
                .set("region", b.region())
                .set("created_at", b.creationDate().toEpochMilli())
                .set("versioning", b.versioning().name())
                .set("mfa_delete_configured", b.mfaDeleteConfigured())
                .set("object_lock_enabled", b.objectLockEnabled())
                .set("default_retention_mode", d == null ? null : d.mode().name())
                .set("default_retention_days", d == null ? null : d.days())
                .set("default_retention_years", d == null ? null : d.years());
        try {
            jdbc.update(row.insertInto("buckets"), row.values());
            return true;
        } catch (SqlRuntimeException e) {
            if (e.isDuplicateKey()) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<Bucket> find(String name) {
        return jdbc.queryOne(FIND, JdbcBucketRepository::map, name);
    }

    @Override
    public Optional<Bucket> findForUpdate(String name) {
        return jdbc.queryOne(FIND + " FOR UPDATE", JdbcBucketRepository::map, name);
    }

    @Override
    public List<Bucket> listAll() {
        return jdbc.query(LIST, JdbcBucketRepository::map);
    }

    @Override
    public void updateVersioning(String name, VersioningStatus status, boolean mfaDeleteConfigured) {
        jdbc.update(
                "UPDATE buckets SET versioning = ?, mfa_delete_configured = ? WHERE name = ?",
                status.name(),
                mfaDeleteConfigured,
                name);
    }

    @Override
    public void updateObjectLock(String name, DefaultRetention d) {
        jdbc.update(
                """
                UPDATE buckets SET object_lock_enabled = TRUE, default_retention_mode = ?, default_retention_days = ?,
                       default_retention_years = ? WHERE name = ?""",
                d == null ? null : d.mode().name(),
                d == null ? null : d.days(),
                d == null ? null : d.years(),
                name);
    }

    @Override
    public void delete(String name) {
        jdbc.update("DELETE FROM buckets WHERE name = ?", name);
    }

    private static Bucket map(ResultSet rs) throws SQLException {
        String mode = rs.getString("default_retention_mode");
        DefaultRetention defaultRetention = mode == null
                ? null
                : new DefaultRetention(
                        RetentionMode.valueOf(mode), (Integer) rs.getObject("default_retention_days"), (Integer)
                                rs.getObject("default_retention_years"));
        return new Bucket(
                rs.getString("name"),
                rs.getString("region"),
                Instant.ofEpochMilli(rs.getLong("created_at")),
                VersioningStatus.valueOf(rs.getString("versioning")),
                rs.getBoolean("mfa_delete_configured"),
                rs.getBoolean("object_lock_enabled"),
                defaultRetention);
    }
}
