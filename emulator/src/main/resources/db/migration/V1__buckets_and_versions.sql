-- Buckets and their version stacks. Times are epoch milliseconds bound from the emulator clock,
-- never CURRENT_TIMESTAMP, so tests that move the clock see consistent dates.
CREATE TABLE buckets (
    name                  VARCHAR(63)  PRIMARY KEY,
    region                VARCHAR(32)  NOT NULL,
    created_at            BIGINT       NOT NULL,
    versioning            VARCHAR(16)  NOT NULL,
    mfa_delete_configured BOOLEAN      NOT NULL,
    object_lock_enabled   BOOLEAN      NOT NULL
);

-- One sequence for every version ever written: orders a key's versions strictly, newest highest,
-- even when two writes share a millisecond.
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
    PRIMARY KEY (bucket, object_key, version_id),
    FOREIGN KEY (bucket) REFERENCES buckets (name)
);

CREATE INDEX object_versions_listing ON object_versions (bucket, object_key, seq DESC);
CREATE INDEX object_versions_current ON object_versions (bucket, is_latest, object_key);
