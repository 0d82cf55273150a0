-- A scheme may set no cap on the bonus (SchemeDrafted.bonusCap null, or BonusCapRevised lifting it):
-- the read models keep the cap as given, null meaning none.
alter table totals_scheme alter column bonus_cap drop not null;
alter table discrepancy_scheme alter column bonus_cap drop not null;
