package org.evaltrack.command.lookup;

import static org.evaltrack.command.lookup.LookupColumns.instant;
import static org.evaltrack.command.lookup.LookupColumns.score;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.evaltrack.command.assessment.IndicatorRule;
import org.evaltrack.command.assessment.SchemeRulebook;
import org.evaltrack.command.assessment.SchemeRules;
import org.evaltrack.command.assessment.SchemeRules.SchemeStatus;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.Deadlines;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.score.Score;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@link SchemeRulebook} over the lookup_scheme* tables. The scheme's row is read at every decision
 * (status and deadlines change while units work); its indicators, bonus rules and veto conditions
 * are kept per scheme and read again only when the row's {@code rules_version} has changed, which
 * every node sees at once because the version lives in the shared table.
 */
@Component
public class JdbcSchemeRulebook implements SchemeRulebook {

    private final JdbcTemplate jdbc;
    /** One entry per scheme, the latest version read: a county has a scheme a year. */
    private final Map<SchemeId, KeptRules> kept = new ConcurrentHashMap<>();

    public JdbcSchemeRulebook(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public SchemeRules rulesFor(SchemeId schemeId) {
        List<SchemeHead> heads = jdbc.query(
                "select scheme_year, status, claims_due, evidence_due, review_due, bonus_cap, rules_version "
                        + "from lookup_scheme where scheme_id = ?",
                (rs, row) -> new SchemeHead(
                        rs.getInt("scheme_year"),
                        SchemeStatus.valueOf(rs.getString("status")),
                        deadlines(instant(rs, "claims_due"), instant(rs, "evidence_due"), instant(rs, "review_due")),
                        score(rs, "bonus_cap"),
                        rs.getString("rules_version")),
                schemeId.value());
        if (heads.isEmpty()) {
            throw new DomainException(ErrorCode.SCHEME_NOT_FOUND, "no scheme " + schemeId, List.of(schemeId.value()));
        }
        SchemeHead head = heads.get(0);
        KeptRules rules = kept.get(schemeId);
        if (rules == null || head.rulesVersion() == null || !head.rulesVersion().equals(rules.version())) {
            // read after the head: rows newer than its version are kept under it at worst, and never asked for again
            rules = read(schemeId, head.rulesVersion());
            if (head.rulesVersion() != null) {
                kept.put(schemeId, rules);
            }
        }
        return new SchemeRules(schemeId, head.year(), head.status(), head.deadlines(), rules.indicators(),
                rules.bonusPoints(), head.bonusCap(), rules.vetoConditions());
    }

    private KeptRules read(SchemeId schemeId, String version) {
        Map<String, IndicatorRule> indicators = new HashMap<>();
        jdbc.query("select indicator_code, category_code, scoring_mode, max_points, floor_points "
                        + "from lookup_scheme_indicator where scheme_id = ?",
                rs -> {
                    IndicatorRule rule = new IndicatorRule(
                            rs.getString("indicator_code"),
                            rs.getString("category_code"),
                            ScoringMode.valueOf(rs.getString("scoring_mode")),
                            score(rs, "max_points"),
                            score(rs, "floor_points"));
                    indicators.put(rule.indicatorCode(), rule);
                },
                schemeId.value());

        Map<BonusLevel, Score> bonusPoints = new EnumMap<>(BonusLevel.class);
        jdbc.query("select bonus_level, points_per_item from lookup_scheme_bonus_rule where scheme_id = ?",
                rs -> {
                    bonusPoints.put(BonusLevel.valueOf(rs.getString("bonus_level")), score(rs, "points_per_item"));
                },
                schemeId.value());

        Map<String, String> vetoConditions = new HashMap<>();
        jdbc.query("select condition_code, name from lookup_scheme_veto where scheme_id = ?",
                rs -> {
                    vetoConditions.put(rs.getString("condition_code"), rs.getString("name"));
                },
                schemeId.value());
        return new KeptRules(version, Map.copyOf(indicators), Map.copyOf(bonusPoints), Map.copyOf(vetoConditions));
    }

    private static Deadlines deadlines(Instant claimsDue, Instant evidenceDue, Instant reviewDue) {
        return claimsDue == null || evidenceDue == null || reviewDue == null ? null : new Deadlines(claimsDue, evidenceDue, reviewDue);
    }

    private record SchemeHead(int year, SchemeStatus status, Deadlines deadlines, Score bonusCap, String rulesVersion) {
    }

    private record KeptRules(String version, Map<String, IndicatorRule> indicators, Map<BonusLevel, Score> bonusPoints,
                             Map<String, String> vetoConditions) {
    }
}
