-- 补录: entries made after the fact keep the date they happened (stated_at) beside the time they were
-- recorded (occurred_at, the event's time) and the reason they were entered late. Null for live entries.
alter table trail_entry add column stated_at timestamp with time zone;
alter table trail_entry add column stated_reason varchar;

alter table totals_score_change add column stated_at timestamp with time zone;
alter table totals_score_change add column stated_reason varchar;
-- the current row embeds the same item state as the history rows
alter table totals_item add column stated_at timestamp with time zone;
alter table totals_item add column stated_reason varchar;

-- whether any change of the item so far was entered after the fact: the documents mark such items
alter table totals_score_change add column after_the_fact_seen boolean default false not null;
alter table totals_item add column after_the_fact_seen boolean default false not null;
