package org.evaltrack.command.lookup;

import static org.evaltrack.command.lookup.LookupColumns.points;
import static org.evaltrack.command.lookup.LookupColumns.timestamp;

import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.evaltrack.command.assessment.SchemeRules.SchemeStatus;
import org.evaltrack.kernel.assessment.AssessmentOpened;
import org.evaltrack.kernel.assessment.EvidenceAttached;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.ledger.TaskAssigned;
import org.evaltrack.kernel.ledger.TaskClosedOut;
import org.evaltrack.kernel.ledger.TaskReassigned;
import org.evaltrack.kernel.ledger.TaskReopened;
import org.evaltrack.kernel.scheme.BonusCapRevised;
import org.evaltrack.kernel.scheme.BonusRuleDefined;
import org.evaltrack.kernel.scheme.CategoryAdded;
import org.evaltrack.kernel.scheme.CategoryBudgetRevised;
import org.evaltrack.kernel.scheme.Deadlines;
import org.evaltrack.kernel.scheme.DeadlinesRevised;
import org.evaltrack.kernel.scheme.IndicatorAdded;
import org.evaltrack.kernel.scheme.IndicatorRevised;
import org.evaltrack.kernel.scheme.SchemeClosed;
import org.evaltrack.kernel.scheme.SchemeDrafted;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.SchemePublished;
import org.evaltrack.kernel.scheme.VetoConditionDefined;
import org.evaltrack.kernel.unit.UnitRegistered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the command side's lookup tables in step with the events. Runs in a subscribing processor,
 * i.e. inside the transaction that appends the events: a failure here rolls the command back, and a
 * command that commits has already updated its lookups.
 */
@Component
@ProcessingGroup(LookupTableUpdater.PROCESSING_GROUP)
public class LookupTableUpdater {

    /** Runs subscribing, in the command's transaction: see evaltrack/command-processing.properties. */
    public static final String PROCESSING_GROUP = "command-lookups";

    private static final Logger log = LoggerFactory.getLogger(LookupTableUpdater.class);

    private final JdbcTemplate jdbc;

    public LookupTableUpdater(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---- schemes

    @EventHandler
    void on(SchemeDrafted event) {
        Deadlines deadlines = event.deadlines();
        jdbc.update("insert into lookup_scheme (scheme_id, scheme_year, status, claims_due, evidence_due, review_due, bonus_cap, "
                        + "rules_version) values (?, ?, ?, ?, ?, ?, ?, ?)",
                event.schemeId().value(), event.year(), SchemeStatus.DRAFT.name(),
                deadlines == null ? null : timestamp(deadlines.claimsDue()),
                deadlines == null ? null : timestamp(deadlines.evidenceDue()),
                deadlines == null ? null : timestamp(deadlines.reviewDue()),
                points(event.bonusCap()), newRulesVersion());
    }

    @EventHandler
    void on(CategoryAdded event) {
        jdbc.update("insert into lookup_scheme_category (scheme_id, category_code, budget) values (?, ?, ?)",
                event.schemeId().value(), event.categoryCode(), points(event.budget()));
    }

    @EventHandler
    void on(IndicatorAdded event) {
        jdbc.update("insert into lookup_scheme_indicator "
                        + "(scheme_id, indicator_code, category_code, scoring_mode, max_points, floor_points, indicator_name) "
                        + "values (?, ?, ?, ?, ?, ?, ?)",
                event.schemeId().value(), event.indicatorCode(), event.categoryCode(), event.scoringMode().name(),
                points(event.maxPoints()), points(event.floor()), event.name());
        rulesChanged(event.schemeId());
    }

    @EventHandler
    void on(BonusRuleDefined event) {
        upsert("update lookup_scheme_bonus_rule set points_per_item = ? where scheme_id = ? and bonus_level = ?",
                new Object[] {points(event.pointsPerItem()), event.schemeId().value(), event.level().name()},
                "insert into lookup_scheme_bonus_rule (scheme_id, bonus_level, points_per_item) values (?, ?, ?)",
                new Object[] {event.schemeId().value(), event.level().name(), points(event.pointsPerItem())});
        rulesChanged(event.schemeId());
    }

    @EventHandler
    void on(VetoConditionDefined event) {
        upsert("update lookup_scheme_veto set name = ? where scheme_id = ? and condition_code = ?",
                new Object[] {event.name(), event.schemeId().value(), event.conditionCode()},
                "insert into lookup_scheme_veto (scheme_id, condition_code, name) values (?, ?, ?)",
                new Object[] {event.schemeId().value(), event.conditionCode(), event.name()});
        rulesChanged(event.schemeId());
    }

    @EventHandler
    void on(SchemePublished event) {
        expectOne(jdbc.update("update lookup_scheme set status = ? where scheme_id = ?",
                SchemeStatus.PUBLISHED.name(), event.schemeId().value()), event);
    }

    @EventHandler
    void on(IndicatorRevised event) {
        expectOne(jdbc.update("update lookup_scheme_indicator set max_points = ?, floor_points = ? where scheme_id = ? and indicator_code = ?",
                points(event.maxPoints()), points(event.floor()), event.schemeId().value(), event.indicatorCode()), event);
        rulesChanged(event.schemeId());
    }

    @EventHandler
    void on(CategoryBudgetRevised event) {
        expectOne(jdbc.update("update lookup_scheme_category set budget = ? where scheme_id = ? and category_code = ?",
                points(event.budget()), event.schemeId().value(), event.categoryCode()), event);
    }

    @EventHandler
    void on(DeadlinesRevised event) {
        Deadlines deadlines = event.deadlines();
        expectOne(jdbc.update("update lookup_scheme set claims_due = ?, evidence_due = ?, review_due = ? where scheme_id = ?",
                timestamp(deadlines.claimsDue()), timestamp(deadlines.evidenceDue()), timestamp(deadlines.reviewDue()),
                event.schemeId().value()), event);
    }

    /** The cap is read with the scheme's head row on every decision, like the deadlines. */
    @EventHandler
    void on(BonusCapRevised event) {
        expectOne(jdbc.update("update lookup_scheme set bonus_cap = ? where scheme_id = ?",
                points(event.bonusCap()), event.schemeId().value()), event);
    }

    @EventHandler
    void on(SchemeClosed event) {
        expectOne(jdbc.update("update lookup_scheme set status = ? where scheme_id = ?",
                SchemeStatus.CLOSED.name(), event.schemeId().value()), event);
    }

    // ---- units

    @EventHandler
    void on(UnitRegistered event) {
        jdbc.update("insert into lookup_unit (unit_id, name, kind) values (?, ?, ?)",
                event.unitId().value(), event.name(), event.kind().name());
    }

    // ---- assessments

    /** The unique (scheme, unit) pair settles a race that both aggregates' own checks would miss. */
    @EventHandler
    void on(AssessmentOpened event) {
        List<String> existing = jdbc.queryForList(
                "select assessment_id from lookup_assessment where scheme_id = ? and unit_id = ?",
                String.class, event.schemeId().value(), event.unitId().value());
        if (!existing.isEmpty()) {
            throw assessmentExists(event);
        }
        try {
            jdbc.update("insert into lookup_assessment (assessment_id, scheme_id, unit_id) values (?, ?, ?)",
                    event.assessmentId().value(), event.schemeId().value(), event.unitId().value());
        } catch (DuplicateKeyException raced) {
            throw assessmentExists(event);
        }
    }

    /** The blob an event references is never swept; one row per event, so two uploads of one file never collide. */
    @EventHandler
    void on(EvidenceAttached event, @MessageIdentifier String eventId) {
        jdbc.update("insert into lookup_evidence_blob (event_id, sha256) values (?, ?)", eventId, event.sha256());
    }

    private static DomainException assessmentExists(AssessmentOpened event) {
        return new DomainException(ErrorCode.ASSESSMENT_EXISTS,
                "unit " + event.unitId() + " already has an assessment under scheme " + event.schemeId(),
                List.of(event.schemeId().value(), event.unitId().value()));
    }

    // ---- tasks

    @EventHandler
    void on(TaskAssigned event) {
        jdbc.update("insert into lookup_task (task_id, ledger_id, assessment_id, leader_id, closed) values (?, ?, ?, ?, ?)",
                event.taskId().value(), event.ledgerId().value(), event.assessmentId().value(), event.leaderId().value(), false);
    }

    @EventHandler
    void on(TaskReassigned event) {
        expectOne(jdbc.update("update lookup_task set leader_id = ? where task_id = ?",
                event.leaderId().value(), event.taskId().value()), event);
    }

    @EventHandler
    void on(TaskClosedOut event) {
        expectOne(jdbc.update("update lookup_task set closed = ? where task_id = ?", true, event.taskId().value()), event);
    }

    @EventHandler
    void on(TaskReopened event) {
        expectOne(jdbc.update("update lookup_task set closed = ? where task_id = ?", false, event.taskId().value()), event);
    }

    /** Tells every node's {@link JdbcSchemeRulebook} that its copy of the scheme's rules is old. */
    private void rulesChanged(SchemeId schemeId) {
        jdbc.update("update lookup_scheme set rules_version = ? where scheme_id = ?", newRulesVersion(), schemeId.value());
    }

    private static String newRulesVersion() {
        return UUID.randomUUID().toString();
    }

    private void upsert(String update, Object[] updateArgs, String insert, Object[] insertArgs) {
        if (jdbc.update(update, updateArgs) == 0) {
            jdbc.update(insert, insertArgs);
        }
    }

    /**
     * A revision of something the tables never saw means they missed an earlier event. Refusing the
     * command for it would block the domain on a bookkeeping fault, so it is reported loudly instead.
     */
    private static void expectOne(int updatedRows, Object event) {
        if (updatedRows != 1) {
            log.warn("Lookup tables out of step: {} updated {} rows", event.getClass().getSimpleName(), updatedRows);
        }
    }
}
