-- Object Ownership controls and ACLs (PutBucketOwnershipControls, PutBucketAcl, PutObjectAcl and the
-- ACL headers of writes). A bucket without a row has the default: BucketOwnerEnforced and the owner
-- alone; object_ownership NULL means the controls were deleted. An ACL is stored as lines of
-- "type<TAB>permission<TAB>grantee". Each row goes with its bucket, version or upload.
CREATE TABLE bucket_acls (
    bucket           VARCHAR(63)  PRIMARY KEY,
    object_ownership VARCHAR(32),
    acl              VARCHAR(100000),
    FOREIGN KEY (bucket) REFERENCES buckets (name) ON DELETE CASCADE
);

CREATE TABLE object_version_acls (
    bucket     VARCHAR(63)     NOT NULL,
    object_key VARCHAR(1024)   NOT NULL,
    version_id VARCHAR(32)     NOT NULL,
    acl        VARCHAR(100000) NOT NULL,
    PRIMARY KEY (bucket, object_key, version_id),
    FOREIGN KEY (bucket, object_key, version_id)
        REFERENCES object_versions (bucket, object_key, version_id) ON DELETE CASCADE
);

CREATE TABLE multipart_upload_acls (
    upload_id VARCHAR(128)    PRIMARY KEY,
    acl       VARCHAR(100000) NOT NULL,
    FOREIGN KEY (upload_id) REFERENCES multipart_uploads (upload_id) ON DELETE CASCADE
);
