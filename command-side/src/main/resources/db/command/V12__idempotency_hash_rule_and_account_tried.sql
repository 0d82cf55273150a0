-- Which fingerprint a key's request_hash was made under: 1 = method, path and body (rows kept from
-- before), 2 = method, path, query string and body. A retry is compared under its row's own rule,
-- so keys stored before this change keep replaying until they expire.
alter table idempotency_key add column hash_rule smallint not null default 1;

-- The account name a refused sign-in tried (a wrong password, a locked name): never the password, and
-- never a bearer token, which has no name. Null for every other refusal.
alter table access_denial add column account_tried varchar(64);
