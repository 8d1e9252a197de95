-- Replication (issue 16). A version's x-amz-replication-status (PENDING, COMPLETED, FAILED on a
-- source version, REPLICA on a replica; NULL when no rule took it), and the work still to do or
-- done: one row per version (or delete marker, or metadata change) and destination, written in
-- the transaction of the write that caused it, so pending work survives a restart.
ALTER TABLE object_versions ADD COLUMN replication_status VARCHAR(9);

CREATE TABLE replication_tasks (
    id                 BIGINT        AUTO_INCREMENT PRIMARY KEY,
    source_bucket      VARCHAR(63)   NOT NULL,
    object_key         VARCHAR(1024) NOT NULL,
    version_id         VARCHAR(32)   NOT NULL,
    destination_bucket VARCHAR(63)   NOT NULL,
    kind               VARCHAR(13)   NOT NULL,
    role               VARCHAR(2048),
    state              VARCHAR(9)    NOT NULL,
    recorded_at        BIGINT        NOT NULL,
    finished_at        BIGINT
);

CREATE INDEX replication_tasks_state ON replication_tasks (state, id);
CREATE INDEX replication_tasks_version ON replication_tasks (source_bucket, object_key, version_id);
