-- Bucket policies (PutBucketPolicy), one per bucket, stored as the text the client sent. A bucket's
-- policy goes with the bucket. Policies are at most 20 KiB of UTF-8, checked before they are stored,
-- so they never hold more characters than that.
CREATE TABLE bucket_policies (
    bucket VARCHAR(63)    PRIMARY KEY,
    policy VARCHAR(20480) NOT NULL,
    FOREIGN KEY (bucket) REFERENCES buckets (name) ON DELETE CASCADE
);
