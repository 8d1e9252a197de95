-- Lifecycle configurations (PutBucketLifecycleConfiguration), one per bucket, kept as one JSON
-- document of the configuration as validated. A bucket's configuration goes with the bucket.
CREATE TABLE bucket_lifecycle (
    bucket        VARCHAR(63) PRIMARY KEY,
    configuration CLOB        NOT NULL,
    FOREIGN KEY (bucket) REFERENCES buckets (name) ON DELETE CASCADE
);
