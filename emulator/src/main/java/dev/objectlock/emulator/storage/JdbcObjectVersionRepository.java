package dev.objectlock.emulator.storage;

import dev.objectlock.emulator.domain.checksum.ChecksumAlgorithm;
import dev.objectlock.emulator.domain.model.Checksum;
import dev.objectlock.emulator.domain.model.ContentHeaders;
import dev.objectlock.emulator.domain.model.DeleteMarker;
import dev.objectlock.emulator.domain.model.ListedVersion;
import dev.objectlock.emulator.domain.model.ObjectLock;
import dev.objectlock.emulator.domain.model.ObjectVersion;
import dev.objectlock.emulator.domain.model.VersionEntry;
import dev.objectlock.emulator.domain.model.VersionId;
import dev.objectlock.emulator.domain.port.ObjectVersionRepository;
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
            retention_mode, retain_until, legal_hold, part_sizes""";
    private static final String FIND_CURRENT =
            "SELECT " + COLUMNS + " FROM object_versions WHERE bucket = ? AND object_key = ? AND is_latest";
    private static final String FIND =
            "SELECT " + COLUMNS + " FROM object_versions WHERE bucket = ? AND object_key = ? AND version_id = ?";
    private static final String DEMOTE =
            "UPDATE object_versions SET is_latest = FALSE WHERE bucket = ? AND object_key = ? AND is_latest";
    private static final String INSERT = "INSERT INTO object_versions (" + COLUMNS + """
            ) VALUES (?, ?, ?, ?, TRUE, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String PROMOTE_NEWEST = """
            UPDATE object_versions SET is_latest = TRUE
            WHERE bucket = ? AND object_key = ? AND seq = (
                SELECT MAX(seq) FROM object_versions WHERE bucket = ? AND object_key = ?)""";
    private static final String SCAN_AFTER_KEY = "SELECT " + COLUMNS + """
             FROM object_versions
            WHERE bucket = ? AND object_key LIKE ? ESCAPE '\\' AND object_key > ?
            ORDER BY object_key, seq DESC LIMIT ?""";
    private static final String SCAN_AFTER_VERSION = "SELECT " + COLUMNS + """
             FROM object_versions
            WHERE bucket = ? AND object_key LIKE ? ESCAPE '\\'
              AND (object_key > ? OR (object_key = ? AND seq < ?))
            ORDER BY object_key, seq DESC LIMIT ?""";
    private static final String SCAN_CURRENT = "SELECT " + COLUMNS + """
             FROM object_versions
            WHERE bucket = ? AND is_latest AND NOT delete_marker AND object_key LIKE ? ESCAPE '\\' AND object_key > ?
            ORDER BY object_key LIMIT ?""";

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
        return jdbc.queryOne("SELECT NEXT VALUE FOR version_sequence", rs -> rs.getLong(1)).orElseThrow();
    }

    @Override
    public void insert(VersionEntry entry) {
        jdbc.inTransaction(() -> {
            long seq = entry.sequence();
            jdbc.update(DEMOTE, entry.bucket(), entry.key());
            if (entry instanceof ObjectVersion v) {
                Object[] lock = ObjectLockColumns.values(v.lock());
                Checksum c = v.checksum();
                ContentHeaders h = v.content();
                jdbc.update(INSERT, v.bucket(), v.key(), v.versionId().value(), seq, false,
                        v.lastModified().toEpochMilli(), v.size(), v.etag(), h.contentType(), h.contentEncoding(),
                        h.contentDisposition(), h.contentLanguage(), h.cacheControl(), h.expires(),
                        JsonColumns.write(v.userMetadata()), JsonColumns.write(v.tags()), c == null ? null : c.algorithm().name(),
                        c == null ? null : c.value(), c == null ? null : c.type().name(), v.partsCount(), v.blobId(),
                        lock[0], lock[1], lock[2], partSizes(v.partSizes()));
                return;
            }
            DeleteMarker m = (DeleteMarker) entry;
            jdbc.update(INSERT, m.bucket(), m.key(), m.versionId().value(), seq, true, m.lastModified().toEpochMilli(),
                    null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null);
        });
    }

    @Override
    public boolean delete(String bucket, String key, VersionId versionId) {
        return jdbc.inTransaction(() -> {
            int removed = jdbc.update("DELETE FROM object_versions WHERE bucket = ? AND object_key = ? AND version_id = ?",
                    bucket, key, versionId.value());
            if (removed > 0) {
                jdbc.update(PROMOTE_NEWEST, bucket, key, bucket, key);
            }
            return removed > 0;
        });
    }

    @Override
    public void updateTags(String bucket, String key, VersionId versionId, Map<String, String> tags) {
        jdbc.update("UPDATE object_versions SET tags = ? WHERE bucket = ? AND object_key = ? AND version_id = ?",
                JsonColumns.write(tags), bucket, key, versionId.value());
    }

    @Override
    public void updateLock(String bucket, String key, VersionId versionId, ObjectLock lock) {
        Object[] v = ObjectLockColumns.values(lock);
        jdbc.update("""
                UPDATE object_versions SET retention_mode = ?, retain_until = ?, legal_hold = ?
                WHERE bucket = ? AND object_key = ? AND version_id = ?""",
                v[0], v[1], v[2], bucket, key, versionId.value());
    }

    @Override
    public boolean anyInBucket(String bucket) {
        return jdbc.queryOne("SELECT 1 FROM object_versions WHERE bucket = ? LIMIT 1", rs -> true, bucket).isPresent();
    }

    @Override
    public List<ListedVersion> scanVersions(String bucket, String prefix, String afterKey, Long afterSequence,
                                           int limit) {
        String like = likePrefix(prefix);
        if (afterSequence == null) {
            return jdbc.query(SCAN_AFTER_KEY, JdbcObjectVersionRepository::listed, bucket, like,
                    afterKey == null ? "" : afterKey, limit);
        }
        return jdbc.query(SCAN_AFTER_VERSION, JdbcObjectVersionRepository::listed, bucket, like, afterKey, afterKey,
                afterSequence, limit);
    }

    @Override
    public List<ObjectVersion> scanCurrentObjects(String bucket, String prefix, String afterKey, int limit) {
        return jdbc.query(SCAN_CURRENT, rs -> (ObjectVersion) map(rs), bucket, likePrefix(prefix),
                afterKey == null ? "" : afterKey, limit);
    }

    @Override
    public List<String> blobIdsInBucket(String bucket) {
        return jdbc.query("SELECT blob_id FROM object_versions WHERE bucket = ? AND blob_id IS NOT NULL",
                rs -> rs.getString(1), bucket);
    }

    private static String likePrefix(String prefix) {
        String p = prefix == null ? "" : prefix;
        return p.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String partSizes(List<Long> sizes) {
        return sizes == null ? null : sizes.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static List<Long> partSizes(String column) {
        return column == null ? null : Arrays.stream(column.split(",")).map(Long::valueOf).toList();
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
        Checksum checksum = algorithm == null ? null
                : new Checksum(ChecksumAlgorithm.valueOf(algorithm), rs.getString("checksum_value"),
                        Checksum.ChecksumType.valueOf(rs.getString("checksum_type")));
        List<Long> partSizes = partSizes(rs.getString("part_sizes"));
        ContentHeaders content = new ContentHeaders(rs.getString("content_type"), rs.getString("content_encoding"),
                rs.getString("content_disposition"), rs.getString("content_language"), rs.getString("cache_control"),
                rs.getString("expires"));
        return new ObjectVersion(bucket, key, versionId, seq, lastModified, rs.getLong("size"), rs.getString("etag"),
                content, JsonColumns.read(rs.getString("user_metadata")), checksum, partSizes,
                JsonColumns.read(rs.getString("tags")),
                rs.getString("blob_id"), ObjectLockColumns.read(rs));
    }
}
