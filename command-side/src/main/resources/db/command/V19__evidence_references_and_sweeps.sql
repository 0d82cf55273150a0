-- Which content addresses events reference: one row per EvidenceAttached, written by LookupTableUpdater
-- in the command's transaction. The evidence sweep removes only blobs no row names (docs/integrity.md).
CREATE TABLE lookup_evidence_blob (
    event_id VARCHAR(255) NOT NULL PRIMARY KEY,
    sha256   CHAR(64)     NOT NULL
);
CREATE INDEX ix_lookup_evidence_blob_sha256 ON lookup_evidence_blob (sha256);

-- Evidence attached before this migration is read into lookup_evidence_blob from the event store once,
-- before the first sweep (EvidenceReferences); this row says it was done.
CREATE TABLE lookup_evidence_blob_backfill (
    finished_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every sweep, scheduled or asked for: what it removed, what it kept, and what went wrong.
CREATE TABLE evidence_sweep (
    sweep_id            VARCHAR(64)              NOT NULL PRIMARY KEY,
    started_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    run_by              VARCHAR(64)              NOT NULL,
    blobs_removed       INTEGER                  NOT NULL,
    blob_bytes_removed  BIGINT                   NOT NULL,
    temp_files_removed  INTEGER                  NOT NULL,
    temp_bytes_removed  BIGINT                   NOT NULL,
    blobs_referenced    INTEGER                  NOT NULL,
    blobs_within_grace  INTEGER                  NOT NULL,
    failures            INTEGER                  NOT NULL,
    first_failure       VARCHAR
);
