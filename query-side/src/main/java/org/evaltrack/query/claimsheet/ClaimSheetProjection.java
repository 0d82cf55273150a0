package org.evaltrack.query.claimsheet;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.evaltrack.query.config.ReadModels;
import org.evaltrack.kernel.assessment.AssessmentOpened;
import org.evaltrack.kernel.assessment.BonusAwardRejected;
import org.evaltrack.kernel.assessment.BonusAwardVerified;
import org.evaltrack.kernel.assessment.BonusClaimed;
import org.evaltrack.kernel.assessment.EvidenceAttached;
import org.evaltrack.kernel.assessment.EvidenceCaptureTimeAccepted;
import org.evaltrack.kernel.assessment.EvidenceRejected;
import org.evaltrack.kernel.assessment.EvidenceWithdrawn;
import org.evaltrack.kernel.assessment.ReportedFigure;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.evaltrack.kernel.scheme.Deadlines;
import org.evaltrack.kernel.scheme.DeadlinesRevised;
import org.evaltrack.kernel.scheme.SchemeDrafted;
import org.evaltrack.kernel.scheme.VetoConditionDefined;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the words and files behind the scores for the pages. Every handler writes rows of the event's
 * own aggregate only (scheme rows from scheme events, assessment rows from assessment events), so
 * Axon's per-aggregate sequencing is enough. Plain SQL: each handler is one or two keyed statements.
 */
@Component
@ProcessingGroup(ReadModels.GROUP)
class ClaimSheetProjection {
    static final String ACTIVE = "ACTIVE";
    static final String WITHDRAWN = "WITHDRAWN";
    static final String REJECTED = "REJECTED";

    private static final List<String> TABLES = List.of("claim_sheet_bonus", "claim_sheet_evidence_link", "claim_sheet_evidence",
            "claim_sheet_figure", "claim_sheet_claim", "claim_sheet_assessment", "claim_sheet_veto_condition",
            "claim_sheet_scheme");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactionTemplate;

    ClaimSheetProjection(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactionTemplate = new TransactionTemplate(transactionManager);
    }

    @EventHandler
    void on(SchemeDrafted event) {
        Deadlines d = event.deadlines();
        jdbc.update("insert into claim_sheet_scheme (scheme_id, claims_due, evidence_due, review_due) values (?, ?, ?, ?)",
                event.schemeId().value(), utc(d.claimsDue()), utc(d.evidenceDue()), utc(d.reviewDue()));
    }

    @EventHandler
    void on(DeadlinesRevised event) {
        Deadlines d = event.deadlines();
        jdbc.update("update claim_sheet_scheme set claims_due = ?, evidence_due = ?, review_due = ? where scheme_id = ?",
                utc(d.claimsDue()), utc(d.evidenceDue()), utc(d.reviewDue()), event.schemeId().value());
    }

    @EventHandler
    void on(VetoConditionDefined event) {
        Integer next = jdbc.queryForObject("select count(*) from claim_sheet_veto_condition where scheme_id = ?",
                Integer.class, event.schemeId().value());
        jdbc.update("insert into claim_sheet_veto_condition (scheme_id, condition_code, name, sort_order) values (?, ?, ?, ?)",
                event.schemeId().value(), event.conditionCode(), event.name(), next);
    }

    @EventHandler
    void on(AssessmentOpened event) {
        jdbc.update("insert into claim_sheet_assessment (assessment_id, scheme_id, unit_id) values (?, ?, ?)",
                event.assessmentId().value(), event.schemeId().value(), event.unitId().value());
    }

    @EventHandler
    void on(ScoreClaimed event, @Timestamp Instant at) {
        String assessmentId = event.assessmentId().value();
        String code = event.indicatorCode();
        jdbc.update("delete from claim_sheet_figure where assessment_id = ? and indicator_code = ?", assessmentId, code);
        int updated = jdbc.update("update claim_sheet_claim set narrative = ?, revision = ?, claimed_at = ? "
                        + "where assessment_id = ? and indicator_code = ?",
                event.narrative(), event.revision(), utc(at), assessmentId, code);
        if (updated == 0) {
            jdbc.update("insert into claim_sheet_claim (assessment_id, indicator_code, narrative, revision, claimed_at) "
                    + "values (?, ?, ?, ?, ?)", assessmentId, code, event.narrative(), event.revision(), utc(at));
        }
        List<ReportedFigure> figures = event.reportedFigures();
        for (int i = 0; i < figures.size(); i++) {
            ReportedFigure figure = figures.get(i);
            if (figure == null || figure.name() == null || figure.value() == null) {
                continue;
            }
            jdbc.update("insert into claim_sheet_figure (assessment_id, indicator_code, position, name, figure_value, unit) "
                    + "values (?, ?, ?, ?, ?, ?)", assessmentId, code, i, figure.name(), figure.value().toPlainString(), figure.unit());
        }
    }

    @EventHandler
    void on(EvidenceAttached event) {
        String assessmentId = event.assessmentId().value();
        String evidenceId = event.evidenceId().value();
        jdbc.update("insert into claim_sheet_evidence (assessment_id, evidence_id, file_name, media_type, size_bytes, sha256, "
                        + "received_at, captured_at, late, state) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                assessmentId, evidenceId, event.fileName(), event.mediaType(), event.sizeBytes(), event.sha256(),
                utc(event.receivedAt()), utc(event.capturedAt()), event.late(), ACTIVE);
        event.indicatorCodes().stream().sorted().forEach(code -> jdbc.update(
                "insert into claim_sheet_evidence_link (assessment_id, evidence_id, indicator_code) values (?, ?, ?)",
                assessmentId, evidenceId, code));
    }

    @EventHandler
    void on(EvidenceCaptureTimeAccepted event) {
        jdbc.update("update claim_sheet_evidence set captured_at = ?, late = ?, capture_time_accepted = true, acceptance_reason = ? "
                        + "where assessment_id = ? and evidence_id = ?",
                utc(event.capturedAt()), event.late(), event.reason(), event.assessmentId().value(), event.evidenceId().value());
    }

    @EventHandler
    void on(EvidenceWithdrawn event) {
        state(event.assessmentId().value(), event.evidenceId().value(), WITHDRAWN, event.reason());
    }

    @EventHandler
    void on(EvidenceRejected event) {
        state(event.assessmentId().value(), event.evidenceId().value(), REJECTED, event.reason());
    }

    @EventHandler
    void on(BonusClaimed event) {
        String assessmentId = event.assessmentId().value();
        Integer next = jdbc.queryForObject("select count(*) from claim_sheet_bonus where assessment_id = ?", Integer.class,
                assessmentId);
        jdbc.update("insert into claim_sheet_bonus (assessment_id, bonus_claim_id, position, level, title, source, awarded_on) "
                        + "values (?, ?, ?, ?, ?, ?, ?)",
                assessmentId, event.bonusClaimId().value(), next, event.level().name(), event.title(), event.source(),
                event.awardedOn());
    }

    @EventHandler
    void on(BonusAwardVerified event) {
        jdbc.update("update claim_sheet_bonus set verification_note = ? where assessment_id = ? and bonus_claim_id = ?",
                event.note(), event.assessmentId().value(), event.bonusClaimId().value());
    }

    @EventHandler
    void on(BonusAwardRejected event) {
        jdbc.update("update claim_sheet_bonus set rejection_reason = ? where assessment_id = ? and bonus_claim_id = ?",
                event.reason(), event.assessmentId().value(), event.bonusClaimId().value());
    }

    @ResetHandler
    void reset() {
        transactionTemplate.executeWithoutResult(status -> TABLES.forEach(table -> jdbc.update("delete from " + table)));
    }

    private void state(String assessmentId, String evidenceId, String state, String reason) {
        jdbc.update("update claim_sheet_evidence set state = ?, state_reason = ? where assessment_id = ? and evidence_id = ?",
                state, reason, assessmentId, evidenceId);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
