-- The sizes of a multipart object's parts, in part order (comma-separated), so GetObject and
-- HeadObject with ?partNumber=N can serve one part, as multipart downloaders ask.
ALTER TABLE object_versions ADD COLUMN part_sizes VARCHAR(200000);
