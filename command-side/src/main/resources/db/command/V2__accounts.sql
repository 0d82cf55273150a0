-- Accounts stay out of the event store: they hold personal data and password hashes,
-- which must be erasable; events only ever carry the opaque user_id.
create table account (
    user_id       varchar(64)  not null primary key,
    username      varchar(64)  not null,
    password_hash varchar(100) not null,
    display_name  varchar(100) not null,
    role          varchar(16)  not null,
    unit_id       varchar(64),
    enabled       boolean      not null default true,
    constraint uq_account_username unique (username),
    -- a submitter acts for exactly one unit; without it the unit checks cannot work
    constraint ck_account_submitter_unit check (role <> 'SUBMITTER' or unit_id is not null)
);
