package dev.objectlock.emulator.storage;

import dev.objectlock.emulator.domain.checksum.ChecksumAlgorithm;
import dev.objectlock.emulator.domain.model.Checksum;
import dev.objectlock.emulator.domain.model.ContentHeaders;
import dev.objectlock.emulator.domain.model.MultipartUpload;
import dev.objectlock.emulator.domain.model.UploadedPart;
import dev.objectlock.emulator.domain.port.MultipartRepository;
import dev.objectlock.emulator.storage.jdbc.Columns;
import dev.objectlock.emulator.storage.jdbc.Jdbc;
import dev.objectlock.emulator.storage.jdbc.JsonColumns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class JdbcMultipartRepository implements MultipartRepository {

    private static final String UPLOAD_COLUMNS = """
            upload_id, bucket, object_key, initiated, content_type, content_encoding, content_disposition,
            content_language, cache_control, expires, user_metadata, tags, checksum_algorithm, checksum_type,
            retention_mode, retain_until, legal_hold""";
    private static final String PART_COLUMNS =
            "upload_id, part_number, size, etag, last_modified, checksum_algorithm, checksum_value, blob_id";
    private static final String FIND_UPLOAD = "SELECT " + UPLOAD_COLUMNS
            + " FROM multipart_uploads WHERE upload_id = ? AND bucket = ? AND object_key = ?";
    private static final String FIND_PART = "SELECT blob_id FROM upload_parts WHERE upload_id = ? AND part_number = ?";
    private static final String MERGE_PART = "MERGE INTO upload_parts (" + PART_COLUMNS
            + ") KEY (upload_id, part_number) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String PARTS = "SELECT " + PART_COLUMNS
            + " FROM upload_parts WHERE upload_id = ? AND part_number > ? ORDER BY part_number LIMIT ?";
    private static final String LIST = "SELECT " + UPLOAD_COLUMNS + """
             FROM multipart_uploads
            WHERE bucket = ? AND object_key LIKE ? ESCAPE '\\'
              AND (key_order > CAST(? AS VARBINARY(4096)) OR (object_key = ? AND upload_id > ?))
            ORDER BY key_order, initiated, upload_id LIMIT ?""";

    private final Jdbc jdbc;

    public JdbcMultipartRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(MultipartUpload u) {
        ContentHeaders h = u.content();
        Columns row = new Columns()
                .set("upload_id", u.uploadId())
                .set("bucket", u.bucket())
                .set("object_key", u.key())
                .set("initiated", u.initiated().toEpochMilli())
                .set("content_type", h.contentType())
                .set("content_encoding", h.contentEncoding())
                .set("content_disposition", h.contentDisposition())
                .set("content_language", h.contentLanguage())
                .set("cache_control", h.cacheControl())
                .set("expires", h.expires())
                .set("user_metadata", JsonColumns.write(u.userMetadata()))
                .set("tags", JsonColumns.write(u.tags()))
                .set(
                        "checksum_algorithm",
                        u.checksumAlgorithm() == null
                                ? null
                                : u.checksumAlgorithm().name())
                .set(
                        "checksum_type",
                        u.checksumType() == null ? null : u.checksumType().name())
                .setAll(ObjectLockColumns.of(u.lock()));
        jdbc.update(row.insertInto("multipart_uploads"), row.values());
    }

    @Override
    public Optional<MultipartUpload> find(String bucket, String key, String uploadId) {
        return jdbc.queryOne(FIND_UPLOAD, JdbcMultipartRepository::upload, uploadId, bucket, key);
    }

    @Override
    public Optional<MultipartUpload> findForUpdate(String bucket, String key, String uploadId) {
        return jdbc.queryOne(FIND_UPLOAD + " FOR UPDATE", JdbcMultipartRepository::upload, uploadId, bucket, key);
    }

    @Override
    public Optional<String> putPart(UploadedPart p) {
        return jdbc.inTransaction(() -> {
            Optional<String> replaced = jdbc.queryOne(FIND_PART, rs -> rs.getString(1), p.uploadId(), p.partNumber());
            jdbc.update(
                    MERGE_PART,
                    p.uploadId(),
                    p.partNumber(),
                    p.size(),
                    p.etag(),
                    p.lastModified().toEpochMilli(),
                    p.checksumAlgorithm() == null ? null : p.checksumAlgorithm().name(),
                    p.checksumValue(),
                    p.blobId());
            return replaced;
        });
    }

    @Override
    public List<UploadedPart> parts(String uploadId, int afterPartNumber, int limit) {
        return jdbc.query(PARTS, JdbcMultipartRepository::part, uploadId, afterPartNumber, limit);
    }

    @Override
    public List<String> delete(String uploadId) {
        return jdbc.inTransaction(() -> {
            List<String> blobs =
                    jdbc.query("SELECT blob_id FROM upload_parts WHERE upload_id = ?", rs -> rs.getString(1), uploadId);
            jdbc.update("DELETE FROM upload_parts WHERE upload_id = ?", uploadId);
            jdbc.update("DELETE FROM multipart_uploads WHERE upload_id = ?", uploadId);
            return blobs;
        });
    }

    @Override
    public List<MultipartUpload> list(String bucket, String prefix, String afterKey, String afterUploadId, int limit) {
        String p = prefix == null ? "" : prefix;
        String like = p.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        String key = afterKey == null ? "" : afterKey;
        // Without an upload-id marker, every upload of the marker key is skipped (ListMultipartUploads API reference).
        String uploadMarker = afterUploadId == null ? "\uffff" : afterUploadId;
        return jdbc.query(LIST, JdbcMultipartRepository::upload, bucket, like, key, key, uploadMarker, limit);
    }

    private static MultipartUpload upload(ResultSet rs) throws SQLException {
        String algorithm = rs.getString("checksum_algorithm");
        String type = rs.getString("checksum_type");
        return new MultipartUpload(
                rs.getString("upload_id"),
                rs.getString("bucket"),
                rs.getString("object_key"),
                Instant.ofEpochMilli(rs.getLong("initiated")),
                new ContentHeaders(
                        rs.getString("content_type"),
                        rs.getString("content_encoding"),
                        rs.getString("content_disposition"),
                        rs.getString("content_language"),
                        rs.getString("cache_control"),
                        rs.getString("expires")),
                JsonColumns.read(rs.getString("user_metadata")),
                JsonColumns.read(rs.getString("tags")),
                algorithm == null ? null : ChecksumAlgorithm.valueOf(algorithm),
                type == null ? null : Checksum.ChecksumType.valueOf(type),
                ObjectLockColumns.read(rs));
    }

    private static UploadedPart part(ResultSet rs) throws SQLException {
        String algorithm = rs.getString("checksum_algorithm");
        return new UploadedPart(
                rs.getString("upload_id"),
                rs.getInt("part_number"),
                rs.getLong("size"),
                rs.getString("etag"),
                Instant.ofEpochMilli(rs.getLong("last_modified")),
                algorithm == null ? null : ChecksumAlgorithm.valueOf(algorithm),
                rs.getString("checksum_value"),
                rs.getString("blob_id"));
    }
}
