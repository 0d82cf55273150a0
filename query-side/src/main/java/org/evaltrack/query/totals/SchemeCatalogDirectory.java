package org.evaltrack.query.totals;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.queryhandling.QueryHandler;
import org.evaltrack.kernel.query.UnitSummaries;
import org.evaltrack.kernel.query.UnitSummary;
import org.evaltrack.kernel.query.catalog.FindSchemeTree;
import org.evaltrack.kernel.query.catalog.ListSchemeBonusLevels;
import org.evaltrack.kernel.query.catalog.SchemeBonusLevels;
import org.evaltrack.kernel.query.catalog.ListSchemeCatalog;
import org.evaltrack.kernel.query.catalog.ListUnitCatalog;
import org.evaltrack.kernel.query.catalog.SchemeCatalog;
import org.evaltrack.kernel.query.catalog.SchemeState;
import org.evaltrack.kernel.query.catalog.SchemeTree;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.score.Score;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Schemes with their state, indicator tree and bonus levels, and units, for the JSON read API and the pages, from the totals tables. */
@Component
class SchemeCatalogDirectory {

    private static final String STATE = "case when s.closed_at is not null then 'CLOSED'"
            + " when s.published then 'PUBLISHED' else 'DRAFT' end";

    private final JdbcClient jdbc;

    SchemeCatalogDirectory(JdbcTemplate jdbc) {
        this.jdbc = JdbcClient.create(jdbc);
    }

    @QueryHandler
    SchemeCatalog handle(ListSchemeCatalog query) {
        return new SchemeCatalog(jdbc.sql("select s.scheme_id, s.scheme_year, s.title, " + STATE + " from totals_scheme s"
                        + (query.includeDrafts() ? "" : " where s.published")
                        + " order by s.scheme_year desc, s.title, s.scheme_id")
                .query((rs, i) -> new SchemeCatalog.Entry(rs.getString(1), rs.getInt(2), rs.getString(3),
                        SchemeState.valueOf(rs.getString(4))))
                .list());
    }

    @QueryHandler
    SchemeBonusLevels handle(ListSchemeBonusLevels query) {
        return new SchemeBonusLevels(jdbc.sql("select bonus_level, name, points_per_item from totals_bonus_rule where scheme_id = ?"
                        + " order by sort_order, bonus_level")
                .param(query.schemeId().value())
                .query((rs, i) -> new SchemeBonusLevels.Level(BonusLevel.valueOf(rs.getString(1)), rs.getString(2),
                        Score.of(rs.getBigDecimal(3))))
                .list());
    }

    @QueryHandler
    Optional<SchemeTree> handle(FindSchemeTree query) {
        String schemeId = query.schemeId().value();
        Optional<Object[]> scheme = jdbc.sql("select s.scheme_year, s.title, " + STATE + ", s.bonus_cap from totals_scheme s"
                        + " where s.scheme_id = ?" + (query.includeDrafts() ? "" : " and s.published"))
                .param(schemeId)
                .query((rs, i) -> new Object[] {rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)})
                .optional();
        return scheme.map(s -> new SchemeTree(schemeId, (Integer) s[0], (String) s[1], SchemeState.valueOf((String) s[2]),
                s[3] == null ? null : Score.of((BigDecimal) s[3]), sections(schemeId)));
    }

    @QueryHandler
    UnitSummaries handle(ListUnitCatalog query) {
        JdbcClient.StatementSpec statement = jdbc.sql("select unit_id, name, kind from totals_unit"
                + (query.onlyUnit() == null ? "" : " where unit_id = ?") + " order by kind desc, name, unit_id");
        if (query.onlyUnit() != null) {
            statement = statement.param(query.onlyUnit().value());
        }
        return new UnitSummaries(statement.query((rs, i) -> new UnitSummary(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list());
    }

    /** Categories in scheme order, grouped by their section in the order the sections first appear. */
    private List<SchemeTree.Section> sections(String schemeId) {
        Map<String, List<SchemeTree.Indicator>> indicators = new LinkedHashMap<>();
        jdbc.sql("select category_code, indicator_code, name, scoring_mode, max_points, floor_points from totals_indicator"
                        + " where scheme_id = ? order by sort_order, indicator_code")
                .param(schemeId)
                .query((ResultSet rs) -> {
                    indicators.computeIfAbsent(rs.getString(1), c -> new ArrayList<>()).add(indicator(rs));
                });
        Map<String, List<SchemeTree.Category>> sections = new LinkedHashMap<>();
        jdbc.sql("select section, category_code, name, budget from totals_category where scheme_id = ?"
                        + " order by sort_order, category_code")
                .param(schemeId)
                .query((ResultSet rs) -> {
                    sections.computeIfAbsent(rs.getString(1), c -> new ArrayList<>()).add(new SchemeTree.Category(rs.getString(2),
                            rs.getString(3), Score.of(rs.getBigDecimal(4)), indicators.getOrDefault(rs.getString(2), List.of())));
                });
        return sections.entrySet().stream().map(e -> new SchemeTree.Section(e.getKey(), e.getValue())).toList();
    }

    private static SchemeTree.Indicator indicator(ResultSet rs) throws SQLException {
        BigDecimal floor = rs.getBigDecimal(6);
        String mode = rs.getString(4);
        return new SchemeTree.Indicator(rs.getString(2), rs.getString(3), mode == null ? null : ScoringMode.valueOf(mode),
                Score.of(rs.getBigDecimal(5)), floor == null ? null : Score.of(floor));
    }
}
