-- The event's global index now comes from the insert itself (one round trip where nextval and the
-- insert took two): the same sequence, still one by one (META-INF/evaltrack-event-store-orm.xml).
ALTER TABLE domain_event_entry ALTER COLUMN global_index SET DEFAULT nextval('domain_event_entry_global_index_seq');
