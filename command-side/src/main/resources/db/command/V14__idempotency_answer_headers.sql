-- The headers a replayed answer repeats (Location, ETag, Evaltrack-Position, Content-Language), one
-- "Name: value" a line; null when the answer had none of them.
alter table idempotency_key add column response_headers varchar;
