-- The bonus rules of each scheme (创先争优加分项): which levels a unit may claim and the points per item, so the
-- bonus claim form offers the scheme's own levels. A database projected before this version learns the rules
-- of earlier schemes on its next rebuild (docs/rebuild.md). Deleted by the totals reset handler before a replay.
create table totals_bonus_rule (
    scheme_id        varchar        not null,
    bonus_level      varchar(32)    not null,
    name             varchar        not null,
    points_per_item  numeric(12,2)  not null,
    sort_order       integer        not null,
    constraint pk_totals_bonus_rule primary key (scheme_id, bonus_level)
);
