-- Commands read a scheme's indicators, bonus rules and veto conditions at every decision. Each node keeps
-- them in memory and re-reads them only when this marker changes: it is replaced (with a random value, so a
-- rebuilt table never repeats an old one) whenever one of those rules is added or revised.
alter table lookup_scheme add column rules_version varchar(64);
update lookup_scheme set rules_version = 'before-v10-' || scheme_id;
