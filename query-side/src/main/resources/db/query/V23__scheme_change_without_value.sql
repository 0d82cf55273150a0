-- A bonus cap revision may lift the cap: the scheme's change history then records no value after it.
alter table totals_scheme_change alter column value_after drop not null;
