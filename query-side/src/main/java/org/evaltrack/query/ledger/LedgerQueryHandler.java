package org.evaltrack.query.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.axonframework.queryhandling.QueryHandler;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.ledger.TaskId;
import org.evaltrack.kernel.query.ledger.ClosingEvidence;
import org.evaltrack.kernel.query.ledger.FindTaskLedger;
import org.evaltrack.kernel.query.ledger.LedgerCounts;
import org.evaltrack.kernel.query.ledger.LedgerTaskView;
import org.evaltrack.kernel.query.ledger.TaskLedgerView;
import org.evaltrack.kernel.query.ledger.TrafficLight;
import org.evaltrack.kernel.unit.UnitId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Answers ledger queries with one SQL statement over the current rows, or, for {@code asOf}, over the
 * history rows valid at that instant. Unit names, leader names (the {@code account} table) and the
 * closing evidence are joined at query time. Traffic lights are judged here, against the injected
 * clock or the asOf instant, so a stored row never goes stale as days pass.
 */
@Component
class LedgerQueryHandler {

    private static final String SELECT = "select t.assessment_id, t.task_id, t.indicator_code, t.title, t.required_item,"
            + " t.leader_id, t.department, t.due_date, t.assigned_at, t.closed, t.closed_at, t.closed_late,"
            + " t.closed_by_evidence_id, a.unit_id, u.name as unit_name, acc.display_name as leader_name,"
            + " e.file_name, e.received_at"
            + " from %s t"
            + " left join ledger_assessment a on a.assessment_id = t.assessment_id"
            + " left join ledger_unit u on u.unit_id = a.unit_id"
            + " left join account acc on acc.user_id = t.leader_id"
            + " left join ledger_evidence e on e.assessment_id = t.assessment_id and e.evidence_id = t.closed_by_evidence_id"
            + " where ";

    private static final String VALID_AT = " and t.valid_from <= :asOf and (t.valid_to is null or t.valid_to > :asOf)";

    /** Open before closed; open by urgency, then due date; closed by latest close-out. */
    static final Comparator<LedgerTaskView> LEDGER_ORDER = Comparator
            .comparing(LedgerTaskView::closed)
            .thenComparing(t -> t.closed() ? 0 : t.trafficLight().ordinal())
            .thenComparing(t -> t.closed() ? LocalDate.MIN : t.dueDate())
            .thenComparing(t -> t.closed() ? -t.closedAt().toEpochMilli() : 0L)
            .thenComparing(t -> t.assessmentId().value())
            .thenComparing(t -> t.taskId().value());

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    LedgerQueryHandler(JdbcTemplate jdbcTemplate, Clock clock) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbcTemplate);
        this.clock = clock;
    }

    @QueryHandler
    Optional<TaskLedgerView> handle(FindTaskLedger query) {
        Optional<Header> header = header(query);
        if (header.isEmpty()) {
            return Optional.empty();
        }
        Instant reference = query.asOf() == null ? clock.instant() : query.asOf();
        LocalDate today = TrafficLights.dayOf(reference);
        MapSqlParameterSource parameters = new MapSqlParameterSource("key", query.key());
        StringBuilder sql = new StringBuilder(String.format(SELECT,
                query.asOf() == null ? "ledger_task" : "ledger_task_history"));
        sql.append(switch (query.scope()) {
            case LEADER -> "t.leader_id = :key";
            case DEPARTMENT -> "t.department = :key";
            case UNIT -> "a.unit_id = :key";
            case ASSESSMENT -> "t.assessment_id = :key";
        });
        if (query.onlyUnit() != null) {
            sql.append(" and a.unit_id = :onlyUnit");
            parameters.addValue("onlyUnit", query.onlyUnit().value());
        }
        if (query.asOf() != null) {
            sql.append(VALID_AT);
            parameters.addValue("asOf", OffsetDateTime.ofInstant(query.asOf(), ZoneOffset.UTC));
        }
        List<LedgerTaskView> tasks = jdbc.query(sql.toString(), parameters, (rs, i) -> task(rs, today)).stream()
                .sorted(LEDGER_ORDER)
                .toList();
        Header h = header.get();
        return Optional.of(new TaskLedgerView(query.scope(), query.key(), h.displayName(), h.unitId(), reference,
                query.asOf() != null, counts(tasks), tasks));
    }

    private record Header(String displayName, UnitId unitId) {
    }

    /** Empty when the assessment or unit asked for is unknown; a leader or department always has a (maybe empty) ledger. */
    private Optional<Header> header(FindTaskLedger query) {
        MapSqlParameterSource key = new MapSqlParameterSource("key", query.key());
        return switch (query.scope()) {
            case LEADER -> Optional.of(new Header(jdbc.query("select display_name from account where user_id = :key", key,
                    (rs, i) -> rs.getString(1)).stream().findFirst().orElse(query.key()), null));
            case DEPARTMENT -> Optional.of(new Header(query.key(), null));
            case UNIT -> unitName(key).map(name -> new Header(name, UnitId.of(query.key())));
            case ASSESSMENT -> jdbc.query("select a.unit_id, u.name from ledger_assessment a"
                            + " left join ledger_unit u on u.unit_id = a.unit_id where a.assessment_id = :key", key,
                            (rs, i) -> new Header(rs.getString(2) == null ? rs.getString(1) : rs.getString(2),
                                    UnitId.of(rs.getString(1)))).stream().findFirst();
        };
    }

    /** A unit known only from its assessments (its registration not handled yet) goes by its id. */
    private Optional<String> unitName(MapSqlParameterSource key) {
        Optional<String> registered = jdbc.query("select name from ledger_unit where unit_id = :key", key,
                (rs, i) -> rs.getString(1)).stream().findFirst();
        if (registered.isPresent()) {
            return registered;
        }
        return jdbc.query("select unit_id from ledger_assessment where unit_id = :key fetch first 1 rows only", key,
                (rs, i) -> rs.getString(1)).stream().findFirst();
    }

    private static LedgerTaskView task(ResultSet rs, LocalDate today) throws SQLException {
        boolean closed = rs.getBoolean("closed");
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        Instant assignedAt = instant(rs, "assigned_at");
        Instant closedAt = instant(rs, "closed_at");
        String unitId = rs.getString("unit_id");
        String evidenceId = rs.getString("closed_by_evidence_id");
        ClosingEvidence evidence = evidenceId == null ? null
                : new ClosingEvidence(EvidenceId.of(evidenceId), rs.getString("file_name"), instant(rs, "received_at"));
        return new LedgerTaskView(
                AssessmentId.of(rs.getString("assessment_id")),
                unitId == null ? null : UnitId.of(unitId),
                rs.getString("unit_name"),
                TaskId.of(rs.getString("task_id")),
                rs.getString("indicator_code"),
                rs.getString("title"),
                rs.getString("required_item"),
                UserId.of(rs.getString("leader_id")),
                rs.getString("leader_name"),
                rs.getString("department"),
                due,
                assignedAt,
                closed,
                closed ? null : TrafficLights.of(due, today),
                closed ? null : Math.toIntExact(ChronoUnit.DAYS.between(today, due)),
                closedAt,
                closed ? rs.getBoolean("closed_late") : null,
                closed ? Duration.between(assignedAt, closedAt) : null,
                evidence);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static LedgerCounts counts(List<LedgerTaskView> tasks) {
        int open = 0;
        int closed = 0;
        int overdue = 0;
        int dueSoon = 0;
        for (LedgerTaskView task : tasks) {
            if (task.closed()) {
                closed++;
                continue;
            }
            open++;
            if (task.trafficLight() == TrafficLight.RED) {
                overdue++;
            } else if (task.trafficLight() == TrafficLight.YELLOW) {
                dueSoon++;
            }
        }
        return new LedgerCounts(open, closed, overdue, dueSoon);
    }
}
