-- Answers to requests sent with an Idempotency-Key, so a retry gets the first answer instead of
-- a second append. A row with a null status is a request still in flight: the primary key makes
-- a concurrent duplicate fail its insert. Rows older than evaltrack.idempotency.retention go.
create table idempotency_key (
    user_id       varchar(64)              not null,
    idem_key      varchar(128)             not null,
    request_hash  varchar(64)              not null,
    status        integer,
    content_type  varchar(255),
    response_body bytea,
    created_at    timestamp with time zone not null,
    constraint pk_idempotency_key primary key (user_id, idem_key)
);

create index ix_idempotency_key_created_at on idempotency_key (created_at);
