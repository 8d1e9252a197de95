-- The schema that migrations V1 to V9 build, in one pass, for a database that has none yet (every
-- in-memory emulator, a new data folder). H2 rebuilds a table on each ALTER TABLE ... ADD COLUMN,
-- and the twelve of those in V3, V4 and V7 were most of a cold start's migration time. Columns
-- keep the order the migrations give them. An existing database still goes through the V files,
-- and MigrationsTest checks that both ways end in the same schema. What each column means is
-- said in the migration that added it.
CREATE TABLE buckets (
    name                    VARCHAR(63)  PRIMARY KEY,
    region                  VARCHAR(32)  NOT NULL,
    created_at              BIGINT       NOT NULL,
    versioning              VARCHAR(16)  NOT NULL,
    mfa_delete_configured   BOOLEAN      NOT NULL,
    object_lock_enabled     BOOLEAN      NOT NULL,
    default_retention_mode  VARCHAR(16),
    default_retention_days  INT,
    default_retention_years INT
);

CREATE SEQUENCE version_sequence;

CREATE TABLE object_versions (
    bucket              VARCHAR(63)   NOT NULL,
    object_key          VARCHAR(1024) NOT NULL,
    version_id          VARCHAR(32)   NOT NULL,
    seq                 BIGINT        NOT NULL,
    is_latest           BOOLEAN       NOT NULL,
    delete_marker       BOOLEAN       NOT NULL,
    last_modified       BIGINT        NOT NULL,
    size                BIGINT,
    etag                VARCHAR(64),
    content_type        VARCHAR(1024),
    content_encoding    VARCHAR(1024),
    content_disposition VARCHAR(1024),
    content_language    VARCHAR(1024),
    cache_control       VARCHAR(1024),
    expires             VARCHAR(1024),
    user_metadata       VARCHAR(1000000),
    tags                VARCHAR(100000),
    checksum_algorithm  VARCHAR(16),
    checksum_value      VARCHAR(128),
    checksum_type       VARCHAR(16),
    parts_count         INT,
    blob_id             VARCHAR(64),
    retention_mode      VARCHAR(16),
    retain_until        BIGINT,
    legal_hold          VARCHAR(3),
    part_sizes          VARCHAR(200000),
    key_order           VARBINARY(4096) GENERATED ALWAYS AS (CAST(object_key AS VARBINARY(4096))),
    PRIMARY KEY (bucket, object_key, version_id),
    FOREIGN KEY (bucket) REFERENCES buckets (name)
);

CREATE INDEX object_versions_listing ON object_versions (bucket, object_key, seq DESC);
CREATE INDEX object_versions_current ON object_versions (bucket, is_latest, object_key);
CREATE INDEX object_versions_key_order ON object_versions (bucket, key_order, seq DESC);
CREATE INDEX object_versions_current_key_order ON object_versions (bucket, is_latest, key_order);

CREATE TABLE multipart_uploads (
    upload_id           VARCHAR(128)  PRIMARY KEY,
    bucket              VARCHAR(63)   NOT NULL,
    object_key          VARCHAR(1024) NOT NULL,
    initiated           BIGINT        NOT NULL,
    content_type        VARCHAR(1024),
    content_encoding    VARCHAR(1024),
    content_disposition VARCHAR(1024),
    content_language    VARCHAR(1024),
    cache_control       VARCHAR(1024),
    expires             VARCHAR(1024),
    user_metadata       VARCHAR(1000000),
    tags                VARCHAR(100000),
    checksum_algorithm  VARCHAR(16),
    checksum_type       VARCHAR(16),
    retention_mode      VARCHAR(16),
    retain_until        BIGINT,
    legal_hold          VARCHAR(3),
    key_order           VARBINARY(4096) GENERATED ALWAYS AS (CAST(object_key AS VARBINARY(4096))),
    FOREIGN KEY (bucket) REFERENCES buckets (name) ON DELETE CASCADE
);

CREATE INDEX multipart_uploads_listing ON multipart_uploads (bucket, object_key, initiated);
CREATE INDEX multipart_uploads_key_order ON multipart_uploads (bucket, key_order, initiated);

CREATE TABLE upload_parts (
    upload_id          VARCHAR(128) NOT NULL,
    part_number        INT          NOT NULL,
    size               BIGINT       NOT NULL,
    etag               VARCHAR(64)  NOT NULL,
    last_modified      BIGINT       NOT NULL,
    checksum_algorithm VARCHAR(16),
    checksum_value     VARCHAR(128),
    blob_id            VARCHAR(64)  NOT NULL,
    PRIMARY KEY (upload_id, part_number),
    FOREIGN KEY (upload_id) REFERENCES multipart_uploads (upload_id) ON DELETE CASCADE
);

CREATE TABLE batch_jobs (
    job_id               VARCHAR(36)      PRIMARY KEY,
    account_id           VARCHAR(12)      NOT NULL,
    client_request_token VARCHAR(64)      NOT NULL,
    status               VARCHAR(16)      NOT NULL,
    created_at           BIGINT           NOT NULL,
    job                  VARCHAR(1000000) NOT NULL,
    CONSTRAINT batch_jobs_token UNIQUE (account_id, client_request_token)
);

CREATE INDEX batch_jobs_listing ON batch_jobs (account_id, created_at DESC, job_id DESC);

CREATE TABLE bucket_policies (
    bucket VARCHAR(63)    PRIMARY KEY,
    policy VARCHAR(20480) NOT NULL,
    FOREIGN KEY (bucket) REFERENCES buckets (name) ON DELETE CASCADE
);

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

CREATE TABLE bucket_lifecycle (
    bucket        VARCHAR(63) PRIMARY KEY,
    configuration CLOB        NOT NULL,
    FOREIGN KEY (bucket) REFERENCES buckets (name) ON DELETE CASCADE
);
