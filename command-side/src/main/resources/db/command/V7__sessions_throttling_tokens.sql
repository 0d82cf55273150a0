-- Browser sessions (Spring Session JDBC's own layout), shared by every node of both sides: a reader
-- signs in on a page (query side) and the command API accepts the same session.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Failed sign-ins per account name and per remote address, so a lock holds on every node.
-- subject_kind: USERNAME or ADDRESS. A window starts with its first failure.
create table login_throttle (
    subject_kind  varchar(16)              not null,
    subject       varchar(200)             not null,
    failures      integer                  not null,
    window_start  timestamp with time zone not null,
    locked_until  timestamp with time zone,
    constraint pk_login_throttle primary key (subject_kind, subject)
);

-- Personal access tokens for scripts: only the SHA-256 of the secret is kept (hex), never the secret.
create table personal_token (
    token_id     varchar(64)              not null,
    user_id      varchar(64)              not null,
    name         varchar(100)             not null,
    token_hash   char(64)                 not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    revoked_at   timestamp with time zone,
    constraint pk_personal_token primary key (token_id),
    constraint uq_personal_token_hash unique (token_hash)
);
create index ix_personal_token_user on personal_token (user_id);
