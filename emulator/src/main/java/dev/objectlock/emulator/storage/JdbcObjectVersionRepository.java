package dev.objectlock.emulator.storage;

import dev.objectlock.emulator.domain.checksum.ChecksumAlgorithm;
import dev.objectlock.emulator.domain.model.Checksum;
import dev.objectlock.emulator.domain.model.ContentHeaders;
import dev.objectlock.emulator.domain.model.DeleteMarker;
import dev.objectlock.emulator.domain.model.ListedVersion;
import dev.objectlock.emulator.domain.model.ObjectLock;
import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.model.ReplicationStatus;
import dev.objectlock.emulator.domain.model.VersionEntry;
import dev.objectlock.emulator.domain.model.VersionId;
import dev.objectlock.emulator.domain.port.ObjectVersionRepository;
import dev.objectlock.emulator.storage.jdbc.Columns;
import dev.objectlock.emulator.storage.jdbc.Jdbc;
import dev.objectlock.emulator.storage.jdbc.JsonColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

public final class JdbcObjectVersionRepository implements ObjectVersionRepository {

    private static final String COLUMNS = """
            bucket, object_key, version_id, seq, is_latest, delete_marker, last_modified, size, etag,
            content_type, content_encoding, content_disposition, content_language, cache_control, expires,
            user_metadata, tags, checksum_algorithm, checksum_value, checksum_type, parts_count, blob_id,
            retention_mode, retain_until, legal_hold, part_sizes, replication_status""";
    private static final String FIND_CURRENT =
            "SELECT " + COLUMNS + " FROM object_versions WHERE bucket = ? AND object_key = ? AND is_latest";
    private static final String WHERE_VERSION = " WHERE bucket = ? AND object_key = ? AND version_id = ?";
    private static final String FIND = "SELECT " + COLUMNS + " FROM object_versions" + WHERE_VERSION;
    private static final String DEMOTE =
            "UPDATE object_versions SET is_latest = FALSE WHERE bucket = ? AND object_key = ? AND is_latest";
    private static final String PROMOTE_NEWEST = """
            UPDATE object_versions SET is_latest = TRUE
            WHERE bucket = ? AND object_key = ? AND seq = (
                SELECT MAX(seq) FROM object_versions WHERE bucket = ? AND object_key = ?)""";
    /*
     * Each scan orders by the whole of the index it walks, bucket (and is_latest) first, although
     * the WHERE fixes them: H2 only reads an index in order, and stops at the LIMIT, when the ORDER
     * BY names the index's leading columns. Ordered by key_order alone it read every row after the
     * cursor and sorted them, so paging through a bucket cost time quadratic in its size. The
     * position after a version is a range start (key_order >=) with a filter, not an OR, for the
     * same reason: an OR gave H2 no range and it scanned the bucket from its first key.
     */
    private static final String SCAN_AFTER_KEY = "SELECT " + COLUMNS + """
             FROM object_versions
            WHERE bucket = ? AND object_key LIKE ? ESCAPE '\\' AND key_order > CAST(? AS VARBINARY(4096))
            ORDER BY bucket, key_order, seq DESC LIMIT ?""";
    private static final String SCAN_AFTER_VERSION = "SELECT " + COLUMNS + """
             FROM object_versions
            WHERE bucket = ? AND object_key LIKE ? ESCAPE '\\'
              AND key_order >= CAST(? AS VARBINARY(4096)) AND (object_key <> ? OR seq < ?)
            ORDER BY bucket, key_order, seq DESC LIMIT ?""";
    private static final String SCAN_CURRENT = "SELECT " + COLUMNS + """
             FROM object_versions
            WHERE bucket = ? AND is_latest AND NOT delete_marker AND object_key LIKE ? ESCAPE '\\'
              AND key_order > CAST(? AS VARBINARY(4096))
            ORDER BY bucket, is_latest, key_order LIMIT ?""";

    private final Jdbc jdbc;

    public JdbcObjectVersionRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<VersionEntry> findCurrent(String bucket, String key) {
        return jdbc.queryOne(FIND_CURRENT, JdbcObjectVersionRepository::map, bucket, key);
    }

    @Override
    public Optional<VersionEntry> find(String bucket, String key, VersionId versionId) {
        return jdbc.queryOne(FIND, JdbcObjectVersionRepository::map, bucket, key, versionId.value());
    }

    @Override
    public long nextSequence() {
        return jdbc.queryOne("SELECT NEXT VALUE FOR version_sequence", rs -> rs.getLong(1))
                .orElseThrow();
    }

    @Override
    public void insert(VersionEntry entry) {
        Columns row = new Columns()
                .set("bucket", entry.bucket())
                .set("object_key", entry.key())
                .set("version_id", entry.versionId().value())
                .set("seq", entry.sequence())
                .set("is_latest", true)
                .set("delete_marker", entry.isDeleteMarker())
                .set("last_modified", entry.lastModified().toEpochMilli());
        if (entry instanceof ObjectVersion v) {
            row.setAll(objectColumns(v));
        }
        jdbc.inTransaction(() -> {
            jdbc.update(DEMOTE, entry.bucket(), entry.key());
            jdbc.update(row.insertInto("object_versions"), row.values());
        });
    }

    /** What an object version stores beyond the entry itself; a delete marker leaves all of it NULL. */
    private static Columns objectColumns(ObjectVersion v) {
        ContentHeaders h = v.content();
        Checksum c = v.checksum();
        return new Columns()
                .set("size", v.size())
                .set("etag", v.etag())
                .set("content_type", h.contentType())
                .set("content_encoding", h.contentEncoding())
                .set("content_disposition", h.contentDisposition())
                .set("content_language", h.contentLanguage())
                .set("cache_control", h.cacheControl())
                .set("expires", h.expires())
                .set("user_metadata", JsonColumns.write(v.userMetadata()))
                .set("tags", JsonColumns.write(v.tags()))
                .set("checksum_algorithm", c == null ? null : c.algorithm().name())
                .set("checksum_value", c == null ? null : c.value())
                .set("checksum_type", c == null ? null : c.type().name())
                .set("parts_count", v.partsCount())
                .set("blob_id", v.blobId())
                .set("part_sizes", partSizes(v.partSizes()))
                .set(
                        "replication_status",
                        v.replicationStatus() == null
                                ? null
                                : v.replicationStatus().name())
                .setAll(ObjectLockColumns.of(v.lock()));
    }

    @Override
    public boolean delete(String bucket, String key, VersionId versionId) {
        return jdbc.inTransaction(() -> {
            int removed = jdbc.update("DELETE FROM object_versions" + WHERE_VERSION, bucket, key, versionId.value());
            if (removed > 0) {
                jdbc.update(PROMOTE_NEWEST, bucket, key, bucket, key);
            }
            return removed > 0;
        });
    }

    @Override
    public void deleteAll(String bucket, List<ListedVersion> entries) {
        List<Object[]> removals = entries.stream()
                .map(l -> new Object[] {
                    bucket, l.entry().key(), l.entry().versionId().value()
                })
                .toList();
        List<Object[]> promotions = entries.stream()
                .filter(ListedVersion::latest)
                .map(l -> l.entry().key())
                .distinct()
                .map(key -> new Object[] {bucket, key, bucket, key})
                .toList();
        jdbc.inTransaction(() -> {
            jdbc.batch("DELETE FROM object_versions" + WHERE_VERSION, removals);
            jdbc.batch(PROMOTE_NEWEST, promotions);
        });
    }

    @Override
    public void updateTags(String bucket, String key, VersionId versionId, Map<String, String> tags) {
        updateOne(new Columns().set("tags", JsonColumns.write(tags)), bucket, key, versionId);
    }

    @Override
    public void updateLock(String bucket, String key, VersionId versionId, ObjectLock lock) {
        updateOne(ObjectLockColumns.of(lock), bucket, key, versionId);
    }

    /**
     * Sets {@code columns} on exactly one version. Callers have just read that version under the
     * bucket's lock, so any other row count is a bug, and going on would report a change that did
     * not happen (db-scheduler's "rows affected must be 1").
     */
    private void updateOne(Columns columns, String bucket, String key, VersionId versionId) {
        int rows = jdbc.update(
                "UPDATE object_versions SET " + columns.assignments() + WHERE_VERSION,
                columns.values(bucket, key, versionId.value()));
        if (rows != 1) {
            throw new IllegalStateException("updating version " + versionId.value() + " of " + bucket + "/" + key
                    + " changed " + rows + " rows, not 1");
        }
    }

    @Override
    public boolean anyInBucket(String bucket) {
        return jdbc.queryOne("SELECT 1 FROM object_versions WHERE bucket = ? LIMIT 1", rs -> true, bucket)
                .isPresent();
    }

    @Override
    public List<ListedVersion> scanVersions(
            String bucket, String prefix, String afterKey, Long afterSequence, int limit) {
        String like = likePrefix(prefix);
        if (afterSequence == null) {
            return jdbc.query(
                    SCAN_AFTER_KEY,
                    JdbcObjectVersionRepository::listed,
                    bucket,
                    like,
                    afterKey == null ? "" : afterKey,
                    limit);
        }
        return jdbc.query(
                SCAN_AFTER_VERSION,
                JdbcObjectVersionRepository::listed,
                bucket,
                like,
                afterKey,
                afterKey,
                afterSequence,
                limit);
    }

    @Override
    public List<ObjectVersion> scanCurrentObjects(String bucket, String prefix, String afterKey, int limit) {
        return jdbc.query(
                SCAN_CURRENT,
                rs -> (ObjectVersion) map(rs),
                bucket,
                likePrefix(prefix),
                afterKey == null ? "" : afterKey,
                limit);
    }

    @Override
    public List<String> blobIdsInBucket(String bucket) {
        return jdbc.query(
                "SELECT blob_id FROM object_versions WHERE bucket = ? AND blob_id IS NOT NULL",
                rs -> rs.getString(1),
                bucket);
    }

    private static String likePrefix(String prefix) {
        String p = prefix == null ? "" : prefix;
        return p.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String partSizes(List<Long> sizes) {
        return sizes == null ? null : sizes.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Long> partSizes(String column) {
        return column == null
                ? null
                : Arrays.stream(column.split(",")).map(Long::valueOf).toList();
    }

    private static ListedVersion listed(ResultSet rs) throws SQLException {
        return new ListedVersion(map(rs), rs.getBoolean("is_latest"));
    }

    private static VersionEntry map(ResultSet rs) throws SQLException {
        String bucket = rs.getString("bucket");
        String key = rs.getString("object_key");
        VersionId versionId = new VersionId(rs.getString("version_id"));
        long seq = rs.getLong("seq");
        Instant lastModified = Instant.ofEpochMilli(rs.getLong("last_modified"));
        if (rs.getBoolean("delete_marker")) {
            return new DeleteMarker(bucket, key, versionId, seq, lastModified);
        }
        String algorithm = rs.getString("checksum_algorithm");
        Checksum checksum = algorithm == null
                ? null
                : new Checksum(
                        ChecksumAlgorithm.valueOf(algorithm),
                        rs.getString("checksum_value"),
                        Checksum.ChecksumType.valueOf(rs.getString("checksum_type")));
        List<Long> partSizes = partSizes(rs.getString("part_sizes"));
        ContentHeaders content = new ContentHeaders(
                rs.getString("content_type"),
                rs.getString("content_encoding"),
                rs.getString("content_disposition"),
                rs.getString("content_language"),
                rs.getString("cache_control"),
                rs.getString("expires"));
        return new ObjectVersion(
                bucket,
                key,
                versionId,
                seq,
                lastModified,
                rs.getLong("size"),
                rs.getString("etag"),
                content,
                JsonColumns.read(rs.getString("user_metadata")),
                checksum,
                partSizes,
                JsonColumns.read(rs.getString("tags")),
                rs.getString("blob_id"),
                ObjectLockColumns.read(rs),
                replicationStatus(rs.getString("replication_status")));
    }

    private static ReplicationStatus replicationStatus(String column) {
        return column == null ? null : ReplicationStatus.valueOf(column);
    }
}
