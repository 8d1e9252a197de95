-- Object Lock: a bucket's default retention rule, each version's retention and legal hold, and
-- the lock an unfinished multipart upload will give its object. A NULL legal_hold means "never
-- set" (GetObjectLegalHold then answers NoSuchObjectLockConfiguration), unlike 'OFF'.
ALTER TABLE buckets ADD COLUMN default_retention_mode VARCHAR(16);
ALTER TABLE buckets ADD COLUMN default_retention_days INT;
ALTER TABLE buckets ADD COLUMN default_retention_years INT;

ALTER TABLE object_versions ADD COLUMN retention_mode VARCHAR(16);
ALTER TABLE object_versions ADD COLUMN retain_until BIGINT;
ALTER TABLE object_versions ADD COLUMN legal_hold VARCHAR(3);

ALTER TABLE multipart_uploads ADD COLUMN retention_mode VARCHAR(16);
ALTER TABLE multipart_uploads ADD COLUMN retain_until BIGINT;
ALTER TABLE multipart_uploads ADD COLUMN legal_hold VARCHAR(3);
