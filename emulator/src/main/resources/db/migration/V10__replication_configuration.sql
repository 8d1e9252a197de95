-- Replication configurations (PutBucketReplication), one per bucket, kept as one JSON document of
-- the configuration as validated, rule IDs assigned. A bucket's configuration goes with the bucket.
CREATE TABLE bucket_replication (
    bucket        VARCHAR(63) PRIMARY KEY,
    configuration CLOB        NOT NULL,
    FOREIGN KEY (bucket) REFERENCES buckets (name) ON DELETE CASCADE
);
