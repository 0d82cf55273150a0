package org.evaltrack.query.claimsheet;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.queryhandling.QueryHandler;
import org.evaltrack.kernel.query.claimsheet.ClaimSheetView;
import org.evaltrack.kernel.query.claimsheet.ClaimSheetView.BonusClaimText;
import org.evaltrack.kernel.query.claimsheet.ClaimSheetView.ClaimText;
import org.evaltrack.kernel.query.claimsheet.ClaimSheetView.EvidenceItem;
import org.evaltrack.kernel.query.claimsheet.ClaimSheetView.Figure;
import org.evaltrack.kernel.query.claimsheet.ClaimSheetView.VetoCondition;
import org.evaltrack.kernel.query.claimsheet.FindClaimSheet;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers {@link FindClaimSheet} with a fixed handful of keyed queries. */
@Component
class ClaimSheetQueryHandler {

    private final JdbcTemplate jdbc;

    ClaimSheetQueryHandler(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<ClaimSheetView> handle(FindClaimSheet query) {
        String id = query.assessmentId().value();
        List<String[]> found = jdbc.query("select scheme_id, unit_id from claim_sheet_assessment where assessment_id = ?",
                (rs, i) -> new String[] {rs.getString(1), rs.getString(2)}, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String schemeId = found.get(0)[0];
        Instant[] deadlines = jdbc.query("select claims_due, evidence_due, review_due from claim_sheet_scheme where scheme_id = ?",
                        (rs, i) -> new Instant[] {instant(rs, 1), instant(rs, 2), instant(rs, 3)}, schemeId)
                .stream().findFirst().orElse(new Instant[3]);
        return Optional.of(new ClaimSheetView(query.assessmentId(), SchemeId.of(schemeId), UnitId.of(found.get(0)[1]),
                deadlines[0], deadlines[1], deadlines[2], claims(id), evidence(id), vetoConditions(schemeId),
                bonusClaims(id)));
    }

    private List<ClaimText> claims(String assessmentId) {
        Map<String, List<Figure>> figures = new LinkedHashMap<>();
        jdbc.query("select indicator_code, name, figure_value, unit from claim_sheet_figure where assessment_id = ? "
                        + "order by indicator_code, position",
                rs -> {
                    figures.computeIfAbsent(rs.getString(1), code -> new ArrayList<>())
                            .add(new Figure(rs.getString(2), rs.getString(3), rs.getString(4)));
                }, assessmentId);
        return jdbc.query("select indicator_code, narrative, revision, claimed_at from claim_sheet_claim where assessment_id = ? "
                        + "order by indicator_code",
                (rs, i) -> new ClaimText(rs.getString(1), rs.getString(2), rs.getInt(3), instant(rs, 4),
                        figures.getOrDefault(rs.getString(1), List.of())), assessmentId);
    }

    private List<EvidenceItem> evidence(String assessmentId) {
        Map<String, List<String>> links = new LinkedHashMap<>();
        jdbc.query("select evidence_id, indicator_code from claim_sheet_evidence_link where assessment_id = ? "
                        + "order by evidence_id, indicator_code",
                rs -> {
                    links.computeIfAbsent(rs.getString(1), e -> new ArrayList<>()).add(rs.getString(2));
                }, assessmentId);
        return jdbc.query("select evidence_id, file_name, media_type, size_bytes, sha256, received_at, captured_at, late, state, "
                        + "state_reason, capture_time_accepted, acceptance_reason "
                        + "from claim_sheet_evidence where assessment_id = ? order by received_at, evidence_id",
                (rs, i) -> new EvidenceItem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                        instant(rs, 6), instant(rs, 7), rs.getBoolean(8), rs.getString(9),
                        links.getOrDefault(rs.getString(1), List.of()), rs.getString(10), rs.getBoolean(11),
                        rs.getString(12)), assessmentId);
    }

    private List<BonusClaimText> bonusClaims(String assessmentId) {
        return jdbc.query("select bonus_claim_id, level, title, source, awarded_on, verification_note, rejection_reason "
                        + "from claim_sheet_bonus where assessment_id = ? order by position",
                (rs, i) -> new BonusClaimText(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, java.time.LocalDate.class), rs.getString(6), rs.getString(7)), assessmentId);
    }

    private List<VetoCondition> vetoConditions(String schemeId) {
        return jdbc.query("select condition_code, name from claim_sheet_veto_condition where scheme_id = ? order by sort_order",
                (rs, i) -> new VetoCondition(rs.getString(1), rs.getString(2)), schemeId);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

}
