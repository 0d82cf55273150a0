-- The claims import template lists a scheme's indicators by name so a unit only fills in scores.
-- Rows of schemes published before this column existed keep a null name; the template then shows the code alone.
alter table lookup_scheme_indicator add column indicator_name varchar(200);
