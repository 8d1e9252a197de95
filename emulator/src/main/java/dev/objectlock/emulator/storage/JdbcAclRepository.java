package dev.objectlock.emulator.storage;

import dev.objectlock.emulator.domain.model.AccessControlList;
import dev.objectlock.emulator.domain.model.BucketAcl;
import dev.objectlock.emulator.domain.model.Grant;
import dev.objectlock.emulator.domain.model.ObjectOwnership;
import dev.objectlock.emulator.domain.model.VersionId;
import dev.objectlock.emulator.domain.port.AclRepository;
import dev.objectlock.emulator.storage.jdbc.Jdbc;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Ownership controls and ACLs in {@code bucket_acls}, {@code object_version_acls} and
 * {@code multipart_upload_acls}; foreign keys remove each row with its bucket, version or upload.
 */
public final class JdbcAclRepository implements AclRepository {

    private static final String FIND_BUCKET = "SELECT object_ownership, acl FROM bucket_acls WHERE bucket = ?";
    private static final String MERGE_BUCKET =
            "MERGE INTO bucket_acls (bucket, object_ownership, acl) KEY (bucket) VALUES (?, ?, ?)";
    private static final String FIND_VERSION =
            "SELECT acl FROM object_version_acls WHERE bucket = ? AND object_key = ? AND version_id = ?";
    private static final String MERGE_VERSION = "MERGE INTO object_version_acls (bucket, object_key, version_id, acl)"
            + " KEY (bucket, object_key, version_id) VALUES (?, ?, ?, ?)";
    private static final String FIND_UPLOAD = "SELECT acl FROM multipart_upload_acls WHERE upload_id = ?";
    private static final String MERGE_UPLOAD =
            "MERGE INTO multipart_upload_acls (upload_id, acl) KEY (upload_id) VALUES (?, ?)";

    private final Jdbc jdbc;

    public JdbcAclRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<BucketAcl> findBucket(String bucket) {
        return jdbc.queryOne(
                FIND_BUCKET,
                rs -> {
                    String ownership = rs.getString("object_ownership");
                    return new BucketAcl(
                            ownership == null
                                    ? null
                                    : ObjectOwnership.fromWireName(ownership).orElseThrow(),
                            decode(rs.getString("acl")));
                },
                bucket);
    }

    @Override
    public void putBucket(String bucket, BucketAcl acl) {
        jdbc.update(
                MERGE_BUCKET,
                bucket,
                acl.ownership() == null ? null : acl.ownership().wireName(),
                acl.acl() == null ? null : encode(acl.acl()));
    }

    @Override
    public Optional<AccessControlList> findVersion(String bucket, String key, VersionId versionId) {
        return jdbc.queryOne(FIND_VERSION, rs -> decode(rs.getString("acl")), bucket, key, versionId.value());
    }

    @Override
    public void putVersion(String bucket, String key, VersionId versionId, AccessControlList acl) {
        jdbc.update(MERGE_VERSION, bucket, key, versionId.value(), encode(acl));
    }

    @Override
    public Optional<AccessControlList> findUpload(String uploadId) {
        return jdbc.queryOne(FIND_UPLOAD, rs -> decode(rs.getString("acl")), uploadId);
    }

    @Override
    public void putUpload(String uploadId, AccessControlList acl) {
        jdbc.update(MERGE_UPLOAD, uploadId, encode(acl));
    }

    /** One line per grant: type, permission, grantee; none of them holds a tab or a line break. */
    static String encode(AccessControlList acl) {
        return acl.grants().stream()
                .map(g -> g.grantee().type().name() + "\t" + g.permission().name() + "\t"
                        + g.grantee().value())
                .collect(Collectors.joining("\n"));
    }

    static AccessControlList decode(String text) {
        if (text == null) {
            return null;
        }
        return new AccessControlList(text.lines()
                .filter(l -> !l.isEmpty())
                .map(line -> {
                    String[] f = line.split("\t", 3);
                    return new Grant(
                            new Grant.Grantee(Grant.GranteeType.valueOf(f[0]), f[2]), Grant.Permission.valueOf(f[1]));
                })
                .toList());
    }
}
