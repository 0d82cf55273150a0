-- When a scheme was closed (null: not closed), so the lists can tell a closed scheme from a published one.
-- A database projected before this version learns of earlier closures on its next rebuild.
alter table totals_scheme add column closed_at timestamp with time zone;
