package dev.objectlock.emulator.storage;

import dev.objectlock.emulator.domain.model.Bucket;
import dev.objectlock.emulator.domain.model.ContentHeaders;
import dev.objectlock.emulator.domain.model.DeleteMarker;
import dev.objectlock.emulator.domain.model.ObjectLock;
import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.model.VersionId;
import dev.objectlock.emulator.domain.model.VersioningStatus;
import dev.objectlock.emulator.storage.jdbc.Jdbc;
import dev.objectlock.emulator.storage.jdbc.Migrations;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * A fresh, migrated in-memory H2 database per test ({@code jdbc:h2:mem:<unique>;DB_CLOSE_DELAY=-1},
 * as the emulator opens it) with the real JDBC repositories, plus small builders for rows.
 */
public final class InMemoryDatabase implements AutoCloseable {

    public static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    private final JdbcConnectionPool pool;
    private final Jdbc jdbc;
    private final JdbcBucketRepository buckets;
    private final JdbcObjectVersionRepository versions;

    public InMemoryDatabase() {
        pool = JdbcConnectionPool.create("jdbc:h2:mem:unit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        jdbc = new Jdbc(pool);
        Migrations.apply(jdbc);
        buckets = new JdbcBucketRepository(jdbc);
        versions = new JdbcObjectVersionRepository(jdbc);
    }

    public Jdbc jdbc() {
        return jdbc;
    }

    public JdbcBucketRepository buckets() {
        return buckets;
    }

    public JdbcObjectVersionRepository versions() {
        return versions;
    }

    public Bucket createBucket(String name, VersioningStatus versioning) {
        Bucket bucket = new Bucket(name, "us-east-1", T0, versioning, false, false, null);
        buckets.insert(bucket);
        return bucket;
    }

    /** Stores a new version of {@code key} with a fresh id as its newest entry, as a versioned PUT would. */
    public ObjectVersion put(String bucket, String key) {
        long sequence = versions.nextSequence();
        ObjectVersion version = objectVersion(bucket, key, VersionId.generate(sequence), sequence);
        versions.insert(version);
        return version;
    }

    /** Stores the null version of {@code key} as its newest entry. */
    public ObjectVersion putNull(String bucket, String key) {
        long sequence = versions.nextSequence();
        ObjectVersion version = objectVersion(bucket, key, VersionId.NULL, sequence);
        versions.insert(version);
        return version;
    }

    /** Stores a delete marker with a fresh id as the newest entry of {@code key}. */
    public DeleteMarker deleteMarker(String bucket, String key) {
        long sequence = versions.nextSequence();
        DeleteMarker marker =
                new DeleteMarker(bucket, key, VersionId.generate(sequence), sequence, T0.plusSeconds(sequence));
        versions.insert(marker);
        return marker;
    }

    public static ObjectVersion objectVersion(String bucket, String key, VersionId id, long sequence) {
        return new ObjectVersion(
                bucket,
                key,
                id,
                sequence,
                T0.plusSeconds(sequence),
                3,
                "acbd18db4cc2f85cedef654fccc4a4d8",
                ContentHeaders.defaults(),
                Map.of(),
                null,
                null,
                Map.of(),
                "blob-" + sequence,
                ObjectLock.NONE);
    }

    @Override
    public void close() {
        jdbc.execute("SHUTDOWN");
        pool.dispose();
    }
}
