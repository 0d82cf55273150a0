-- A hash chain over each aggregate's stored events (see docs/integrity.md). Written by
-- EventChainRecorder in the transaction that appends the events, so an event row and its link
-- commit together or not at all.
CREATE TABLE event_chain (
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    event_identifier     VARCHAR(255) NOT NULL,
    hash                 CHAR(64)     NOT NULL,
    previous_hash        CHAR(64)     NOT NULL,
    CONSTRAINT event_chain_pk PRIMARY KEY (aggregate_identifier, sequence_number),
    CONSTRAINT event_chain_event_identifier_uk UNIQUE (event_identifier)
);
