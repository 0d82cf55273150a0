package org.evaltrack.query.trail;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.queryhandling.QueryHandler;
import org.evaltrack.kernel.assessment.AfterTheFact;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.query.trail.FindAssessmentTrail;
import org.evaltrack.kernel.query.trail.FindSchemeTrail;
import org.evaltrack.kernel.query.trail.LinkedEvidence;
import org.evaltrack.kernel.query.trail.TrailActor;
import org.evaltrack.kernel.query.trail.TrailEntryKind;
import org.evaltrack.kernel.query.trail.TrailEntryView;
import org.evaltrack.kernel.query.trail.TrailFilter;
import org.evaltrack.kernel.query.trail.TrailOrder;
import org.evaltrack.kernel.query.trail.TrailPage;
import org.evaltrack.kernel.query.trail.TrailPaging;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.query.answers.CurrentAnswers;
import org.evaltrack.query.config.ReadModels;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers trail queries with SQL over the trail tables: one query for the page, one for its count,
 * and at most two more for the evidence its rows refer to. Actor names come from the {@code account}
 * table and indicator names from {@code trail_indicator}, both joined when read. {@code asOf} is a
 * bound on the occurrence time inside the same indexed query, never a replay.
 */
@Component
class TrailQueryHandler {

    private static final Set<TrailEntryKind> SCORE_KINDS =
            EnumSet.of(TrailEntryKind.SCORE_CLAIMED, TrailEntryKind.CLAIM_REVISED, TrailEntryKind.REVIEW_ADJUSTMENT);
    private static final Set<TrailEntryKind> OWN_EVIDENCE_KINDS = EnumSet.of(TrailEntryKind.EVIDENCE_ATTACHED,
            TrailEntryKind.EVIDENCE_WITHDRAWN, TrailEntryKind.EVIDENCE_REJECTED, TrailEntryKind.CAPTURE_TIME_ACCEPTED);

    private static final String COLUMNS = "select e.event_id, e.line_no, e.assessment_id, e.unit_id, e.occurred_at,"
            + " e.sequence_no, e.kind, e.actor_user_id, e.actor_role, e.correlation_id, e.indicator_code, e.score_before,"
            + " e.score_after, e.state_before, e.state_after, e.subject_id, e.subject_name, e.duplicate_of, e.late,"
            + " e.reason, e.after_submission, e.stated_at, e.stated_reason, a.display_name, i.name as indicator_name"
            + " from trail_entry e"
            + " left join account a on a.user_id = e.actor_user_id"
            + " left join trail_indicator i on i.scheme_id = e.scheme_id and i.indicator_code = e.indicator_code";

    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentAnswers answers;

    TrailQueryHandler(JdbcTemplate jdbcTemplate, CurrentAnswers answers) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbcTemplate);
        this.answers = answers;
    }

    @QueryHandler
    Optional<TrailPage> handle(FindAssessmentTrail query) {
        return answers.answer(ReadModels.GROUP, query, () -> compute(query));
    }

    @QueryHandler
    TrailPage handle(FindSchemeTrail query) {
        return answers.answer(ReadModels.GROUP, query, () -> compute(query));
    }

    private Optional<TrailPage> compute(FindAssessmentTrail query) {
        List<String[]> found = jdbc.query("select scheme_id, unit_id from trail_assessment where assessment_id = :id",
                Map.of("id", query.assessmentId().value()),
                (rs, i) -> new String[] {rs.getString("scheme_id"), rs.getString("unit_id")});
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("assessment", query.assessmentId().value());
        Page page = page("e.assessment_id = :assessment", params, query.filter(), query.paging());
        return Optional.of(new TrailPage(SchemeId.of(found.get(0)[0]), query.assessmentId(), UnitId.of(found.get(0)[1]),
                query.paging().page(), query.paging().size(), page.total(), page.rows()));
    }

    private TrailPage compute(FindSchemeTrail query) {
        MapSqlParameterSource params = new MapSqlParameterSource("scheme", query.schemeId().value());
        String scope = "e.scheme_id = :scheme";
        if (query.onlyUnit() != null) {
            scope += " and e.unit_id = :unit";
            params.addValue("unit", query.onlyUnit().value());
        }
        Page page = page(scope, params, query.filter(), query.paging());
        return new TrailPage(query.schemeId(), null, query.onlyUnit(), query.paging().page(), query.paging().size(),
                page.total(), page.rows());
    }

    private record Page(long total, List<TrailEntryView> rows) {
    }

    private Page page(String scope, MapSqlParameterSource params, TrailFilter filter, TrailPaging paging) {
        String where = " where " + scope + conditions(filter, params);
        Long total = jdbc.queryForObject("select count(*) from trail_entry e" + where, params, Long.class);
        if (total == null || total == 0 || paging.offset() >= total) {
            return new Page(total == null ? 0 : total, List.of());
        }
        String direction = paging.order() == TrailOrder.NEWEST_FIRST ? " desc" : " asc";
        params.addValue("limit", paging.size()).addValue("offset", paging.offset());
        List<Row> rows = jdbc.query(COLUMNS + where
                + " order by e.occurred_at" + direction + ", e.sequence_no" + direction + ", e.line_no" + direction
                + ", e.event_id" + direction + " limit :limit offset :offset", params, TrailQueryHandler::row);
        Map<String, List<LinkedEvidence>> bonusEvidence = namedEvidence(rows);
        EvidenceHistory history = evidenceHistory(rows);
        List<TrailEntryView> views = rows.stream().map(r -> r.view(linkedEvidence(r, bonusEvidence, history))).toList();
        return new Page(total, views);
    }

    private static String conditions(TrailFilter filter, MapSqlParameterSource params) {
        StringBuilder sql = new StringBuilder();
        if (filter.indicatorCode() != null) {
            sql.append(" and e.indicator_code = :indicator");
            params.addValue("indicator", filter.indicatorCode());
        }
        if (filter.actor() != null) {
            sql.append(" and e.actor_user_id = :actor");
            params.addValue("actor", filter.actor().value());
        }
        if (!filter.kinds().isEmpty()) {
            sql.append(" and e.kind in (:kinds)");
            params.addValue("kinds", filter.kinds().stream().map(Enum::name).sorted().toList());
        }
        if (filter.from() != null) {
            sql.append(" and e.occurred_at >= :from");
            params.addValue("from", time(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" and e.occurred_at < :to");
            params.addValue("to", time(filter.to()));
        }
        if (filter.asOf() != null) {
            sql.append(" and e.occurred_at <= :asOf");
            params.addValue("asOf", time(filter.asOf()));
        }
        if (filter.changedAfterSubmission()) {
            sql.append(" and e.after_submission = true");
        }
        return sql.toString();
    }

    // ---- linked evidence ---------------------------------------------------------------------

    private List<LinkedEvidence> linkedEvidence(Row row, Map<String, List<LinkedEvidence>> named, EvidenceHistory history) {
        if (OWN_EVIDENCE_KINDS.contains(row.kind)) {
            return List.of(new LinkedEvidence(row.subjectId, row.subjectName));
        }
        if (SCORE_KINDS.contains(row.kind)) {
            return history.activeAt(row);
        }
        return named.getOrDefault(row.eventId + "#" + row.line, List.of());
    }

    /** Evidence named by the rows themselves (a bonus claim's), with file names. */
    private Map<String, List<LinkedEvidence>> namedEvidence(List<Row> rows) {
        List<String> eventIds = rows.stream().filter(r -> r.kind == TrailEntryKind.BONUS_CLAIMED).map(r -> r.eventId).toList();
        if (eventIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<LinkedEvidence>> named = new HashMap<>();
        jdbc.query("select x.event_id, x.line_no, x.evidence_id, v.file_name from trail_entry_evidence x"
                        + " join trail_entry e on e.event_id = x.event_id and e.line_no = x.line_no"
                        + " left join trail_evidence v on v.assessment_id = e.assessment_id and v.evidence_id = x.evidence_id"
                        + " where x.event_id in (:ids) order by x.evidence_id",
                Map.of("ids", eventIds),
                rs -> {
                    named.computeIfAbsent(rs.getString("event_id") + "#" + rs.getInt("line_no"), k -> new ArrayList<>())
                            .add(new LinkedEvidence(rs.getString("evidence_id"), rs.getString("file_name")));
                });
        return named;
    }

    /**
     * The attach, withdraw and reject rows of the indicators the page's score rows are about, up to
     * the latest of them; each score row then sees the evidence active on its indicator at its moment.
     */
    private EvidenceHistory evidenceHistory(List<Row> rows) {
        List<Row> scoreRows = rows.stream().filter(r -> SCORE_KINDS.contains(r.kind)).toList();
        if (scoreRows.isEmpty()) {
            return new EvidenceHistory(Map.of());
        }
        MapSqlParameterSource params = new MapSqlParameterSource()
                .addValue("assessments", scoreRows.stream().map(r -> r.assessmentId).distinct().toList())
                .addValue("indicators", scoreRows.stream().map(r -> r.indicatorCode).distinct().toList())
                .addValue("kinds", List.of(TrailEntryKind.EVIDENCE_ATTACHED.name(), TrailEntryKind.EVIDENCE_WITHDRAWN.name(),
                        TrailEntryKind.EVIDENCE_REJECTED.name()))
                .addValue("until", time(scoreRows.stream().map(r -> r.occurredAt).max(Comparator.naturalOrder()).orElseThrow()));
        Map<String, List<Row>> byIndicator = jdbc.query("select e.event_id, e.line_no, e.assessment_id, e.unit_id,"
                                + " e.occurred_at, e.sequence_no, e.kind, e.indicator_code, e.subject_id, e.subject_name"
                                + " from trail_entry e where e.assessment_id in (:assessments)"
                                + " and e.indicator_code in (:indicators) and e.kind in (:kinds) and e.occurred_at <= :until"
                                + " order by e.occurred_at, e.sequence_no",
                        params, TrailQueryHandler::evidenceRow)
                .stream()
                .collect(Collectors.groupingBy(r -> r.assessmentId + "#" + r.indicatorCode, LinkedHashMap::new, Collectors.toList()));
        return new EvidenceHistory(byIndicator);
    }

    private record EvidenceHistory(Map<String, List<Row>> byIndicator) {

        List<LinkedEvidence> activeAt(Row scoreRow) {
            Map<String, LinkedEvidence> active = new LinkedHashMap<>();
            for (Row change : byIndicator.getOrDefault(scoreRow.assessmentId + "#" + scoreRow.indicatorCode, List.of())) {
                if (!change.before(scoreRow)) {
                    break;
                }
                if (change.kind == TrailEntryKind.EVIDENCE_ATTACHED) {
                    active.put(change.subjectId, new LinkedEvidence(change.subjectId, change.subjectName));
                } else {
                    active.remove(change.subjectId);
                }
            }
            return List.copyOf(active.values());
        }
    }

    // ---- mapping -----------------------------------------------------------------------------

    /** A trail_entry row as read; only the handler sees it. */
    private static final class Row {
        String eventId;
        int line;
        String assessmentId;
        String unitId;
        Instant occurredAt;
        long sequenceNo;
        TrailEntryKind kind;
        String actorUserId;
        String actorRole;
        String actorName;
        String correlationId;
        String indicatorCode;
        String indicatorName;
        BigDecimal scoreBefore;
        BigDecimal scoreAfter;
        String stateBefore;
        String stateAfter;
        String subjectId;
        String subjectName;
        String duplicateOf;
        Boolean late;
        String reason;
        boolean afterSubmission;
        Instant statedAt;
        String statedReason;

        /** Earlier in its assessment's history: by time, then by place in the stream. */
        boolean before(Row other) {
            int byTime = occurredAt.compareTo(other.occurredAt);
            return byTime < 0 || (byTime == 0 && sequenceNo < other.sequenceNo);
        }

        TrailEntryView view(List<LinkedEvidence> evidence) {
            return new TrailEntryView(eventId, line, occurredAt, AssessmentId.of(assessmentId), UnitId.of(unitId),
                    new TrailActor(actorUserId, actorName, actorRole), kind, indicatorCode, indicatorName,
                    score(scoreBefore), score(scoreAfter), stateBefore, stateAfter, subjectId, subjectName, duplicateOf,
                    duplicateOf != null, late, reason, afterSubmission, correlationId, evidence,
                    statedAt == null ? null : new AfterTheFact(statedAt, occurredAt, statedReason));
        }
    }

    private static Row evidenceRow(ResultSet rs, int i) throws SQLException {
        Row r = new Row();
        r.eventId = rs.getString("event_id");
        r.line = rs.getInt("line_no");
        r.assessmentId = rs.getString("assessment_id");
        r.unitId = rs.getString("unit_id");
        r.occurredAt = rs.getObject("occurred_at", OffsetDateTime.class).toInstant();
        r.sequenceNo = rs.getLong("sequence_no");
        r.kind = TrailEntryKind.valueOf(rs.getString("kind"));
        r.indicatorCode = rs.getString("indicator_code");
        r.subjectId = rs.getString("subject_id");
        r.subjectName = rs.getString("subject_name");
        return r;
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        Row r = evidenceRow(rs, i);
        r.actorUserId = rs.getString("actor_user_id");
        r.actorRole = rs.getString("actor_role");
        r.actorName = rs.getString("display_name");
        r.correlationId = rs.getString("correlation_id");
        r.indicatorName = rs.getString("indicator_name");
        r.scoreBefore = rs.getBigDecimal("score_before");
        r.scoreAfter = rs.getBigDecimal("score_after");
        r.stateBefore = rs.getString("state_before");
        r.stateAfter = rs.getString("state_after");
        r.duplicateOf = rs.getString("duplicate_of");
        r.late = (Boolean) rs.getObject("late");
        r.reason = rs.getString("reason");
        r.afterSubmission = rs.getBoolean("after_submission");
        OffsetDateTime stated = rs.getObject("stated_at", OffsetDateTime.class);
        r.statedAt = stated == null ? null : stated.toInstant();
        r.statedReason = rs.getString("stated_reason");
        return r;
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Score score(BigDecimal value) {
        return value == null ? null : Score.of(value);
    }
}
