-- Listings order keys by their UTF-8 bytes, as S3 does. VARCHAR compares UTF-16 code units,
-- which puts characters beyond U+FFFF before U+E000-U+FFFF; the UTF-8 bytes of the key,
-- compared unsigned, give the order S3 lists in.
ALTER TABLE object_versions ADD COLUMN key_order VARBINARY(4096)
    GENERATED ALWAYS AS (CAST(object_key AS VARBINARY(4096)));
CREATE INDEX object_versions_key_order ON object_versions (bucket, key_order, seq DESC);
CREATE INDEX object_versions_current_key_order ON object_versions (bucket, is_latest, key_order);
ALTER TABLE multipart_uploads ADD COLUMN key_order VARBINARY(4096)
    GENERATED ALWAYS AS (CAST(object_key AS VARBINARY(4096)));
CREATE INDEX multipart_uploads_key_order ON multipart_uploads (bucket, key_order, initiated);
