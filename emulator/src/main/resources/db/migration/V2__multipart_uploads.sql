-- Multipart uploads in progress and their parts. Deleting a bucket takes its unfinished uploads
-- with it (AWS aborts them; only versions and delete markers make a bucket non-empty).
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
    FOREIGN KEY (bucket) REFERENCES buckets (name) ON DELETE CASCADE
);

CREATE INDEX multipart_uploads_listing ON multipart_uploads (bucket, object_key, initiated);

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
