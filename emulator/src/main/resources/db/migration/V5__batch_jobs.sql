-- S3 Batch Operations jobs. The job itself (request as validated, progress, failure reasons, tags)
-- is one JSON document; the columns beside it are what lookups and ListJobs filter and sort on.
-- created_at is epoch milliseconds from the emulator clock.
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
