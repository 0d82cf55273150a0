-- The command side's own tables hold texts the kernel accepts (TextLimit, org.evaltrack.kernel.limit):
-- varchar without a length, so a code of 64 emoji or a name of 200 emoji fits on H2 too, which counts
-- UTF-16 units where PostgreSQL counts characters. A narrower column failed an accepted command with 500.
alter table account alter column display_name set data type varchar;
alter table account alter column unit_id set data type varchar;
alter table lookup_scheme alter column scheme_id set data type varchar;
alter table lookup_scheme_category alter column scheme_id set data type varchar;
alter table lookup_scheme_category alter column category_code set data type varchar;
alter table lookup_scheme_indicator alter column scheme_id set data type varchar;
alter table lookup_scheme_indicator alter column indicator_code set data type varchar;
alter table lookup_scheme_indicator alter column category_code set data type varchar;
alter table lookup_scheme_indicator alter column indicator_name set data type varchar;
alter table lookup_scheme_bonus_rule alter column scheme_id set data type varchar;
alter table lookup_scheme_veto alter column scheme_id set data type varchar;
alter table lookup_scheme_veto alter column condition_code set data type varchar;
alter table lookup_scheme_veto alter column name set data type varchar;
alter table lookup_unit alter column unit_id set data type varchar;
alter table lookup_unit alter column name set data type varchar;
alter table lookup_assessment alter column assessment_id set data type varchar;
alter table lookup_assessment alter column scheme_id set data type varchar;
alter table lookup_assessment alter column unit_id set data type varchar;
alter table lookup_task alter column task_id set data type varchar;
alter table lookup_task alter column ledger_id set data type varchar;
alter table lookup_task alter column assessment_id set data type varchar;
alter table lookup_task alter column leader_id set data type varchar;
alter table personal_token alter column user_id set data type varchar;
alter table personal_token alter column name set data type varchar;
