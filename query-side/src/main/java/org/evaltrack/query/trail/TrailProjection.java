package org.evaltrack.query.trail;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.evaltrack.query.config.ReadModels;
import org.evaltrack.kernel.assessment.AssessmentOpened;
import org.evaltrack.kernel.assessment.AssessmentReopened;
import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.assessment.BonusAwardRejected;
import org.evaltrack.kernel.assessment.BonusAwardVerified;
import org.evaltrack.kernel.assessment.BonusClaimed;
import org.evaltrack.kernel.assessment.EvidenceAttached;
import org.evaltrack.kernel.assessment.EvidenceCaptureTimeAccepted;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.assessment.EvidenceRejected;
import org.evaltrack.kernel.assessment.EvidenceWithdrawn;
import org.evaltrack.kernel.assessment.ReviewAdjustmentMade;
import org.evaltrack.kernel.assessment.ReviewFinalized;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.evaltrack.kernel.assessment.SelfAssessmentSubmitted;
import org.evaltrack.kernel.assessment.VetoApplied;
import org.evaltrack.kernel.assessment.VetoLifted;
import org.evaltrack.kernel.query.trail.TrailEntryKind;
import org.evaltrack.kernel.scheme.IndicatorAdded;
import org.evaltrack.kernel.score.Score;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the audit trail. Every row is a plain insert; the value before a change comes from the
 * event when it carries it (a claim's previous claim, an adjustment's previous score) and otherwise
 * from this group's own current-state rows, read by primary key through the persistence context,
 * so a batch reads each of them once.
 *
 * <p>Rows depend only on earlier events of the same assessment, so the default per-aggregate
 * sequencing is enough; indicator names come from scheme events but are joined only when read.
 */
@Component
@ProcessingGroup(ReadModels.GROUP)
class TrailProjection {
    static final String VETOED = "VETOED";
    static final String NOT_VETOED = "NOT_VETOED";
    static final String LATE = "LATE";
    static final String ON_TIME = "ON_TIME";

    private final EntityManager entityManager;
    private final TransactionTemplate transactionTemplate;

    TrailProjection(EntityManager entityManager, PlatformTransactionManager transactionManager) {
        this.entityManager = entityManager;
        this.transactionTemplate = new TransactionTemplate(transactionManager);
    }

    @EventHandler
    void on(IndicatorAdded event) {
        entityManager.persist(new TrailIndicatorRecord(event.schemeId().value(), event.indicatorCode(), event.name()));
    }

    @EventHandler
    void on(AssessmentOpened event) {
        entityManager.persist(new TrailAssessmentRecord(event.assessmentId().value(), event.schemeId().value(),
                event.unitId().value()));
    }

    // ---- scores ------------------------------------------------------------------------------

    @EventHandler
    void on(ScoreClaimed event, EventMessage<?> message) {
        boolean revised = event.previousClaim() != null || event.revision() > 1;
        insert(new TrailEntryRecord(EventFacts.of(message), 0, assessment(event.assessmentId().value()),
                revised ? TrailEntryKind.CLAIM_REVISED : TrailEntryKind.SCORE_CLAIMED)
                .indicator(event.indicatorCode())
                .scores(value(event.previousClaim()), value(event.claimedScore()))
                .reason(event.narrative()));
    }

    @EventHandler
    void on(ReviewAdjustmentMade event, EventMessage<?> message) {
        insert(new TrailEntryRecord(EventFacts.of(message), 0, assessment(event.assessmentId().value()),
                TrailEntryKind.REVIEW_ADJUSTMENT)
                .indicator(event.indicatorCode())
                .scores(value(event.previousScore()), value(event.newScore()))
                .reason(event.reason()));
    }

    // ---- evidence: one row per indicator it serves --------------------------------------------

    @EventHandler
    void on(EvidenceAttached event, EventMessage<?> message) {
        String assessmentId = event.assessmentId().value();
        String evidenceId = event.evidenceId().value();
        entityManager.persist(new TrailEvidenceRecord(assessmentId, evidenceId, event.fileName(),
                event.indicatorCodes(), event.late()));
        perIndicator(event.indicatorCodes(), EventFacts.of(message), assessment(assessmentId),
                TrailEntryKind.EVIDENCE_ATTACHED, row -> row
                        .subject(evidenceId, event.fileName())
                        .late(event.late()));
    }

    @EventHandler
    void on(EvidenceWithdrawn event, EventMessage<?> message) {
        evidenceRemoved(event.assessmentId().value(), event.evidenceId(), event.indicatorCodes(), event.reason(),
                EventFacts.of(message), TrailEntryKind.EVIDENCE_WITHDRAWN);
    }

    @EventHandler
    void on(EvidenceRejected event, EventMessage<?> message) {
        evidenceRemoved(event.assessmentId().value(), event.evidenceId(), event.indicatorCodes(), event.reason(),
                EventFacts.of(message), TrailEntryKind.EVIDENCE_REJECTED);
    }

    @EventHandler
    void on(EvidenceCaptureTimeAccepted event, EventMessage<?> message) {
        String assessmentId = event.assessmentId().value();
        TrailEvidenceRecord evidence = evidence(assessmentId, event.evidenceId());
        String before = evidence.late() ? LATE : ON_TIME;
        evidence.lateness(event.late());
        perIndicator(evidence.indicatorCodes(), EventFacts.of(message), assessment(assessmentId),
                TrailEntryKind.CAPTURE_TIME_ACCEPTED, row -> row
                        .subject(event.evidenceId().value(), evidence.fileName())
                        .states(before, event.late() ? LATE : ON_TIME)
                        .late(event.late())
                        .reason(event.reason()));
    }

    // ---- bonus -------------------------------------------------------------------------------

    @EventHandler
    void on(BonusClaimed event, EventMessage<?> message) {
        String assessmentId = event.assessmentId().value();
        String claimId = event.bonusClaimId().value();
        entityManager.persist(new TrailBonusRecord(assessmentId, claimId, event.title(), event.points().value()));
        EventFacts facts = EventFacts.of(message);
        insert(new TrailEntryRecord(facts, 0, assessment(assessmentId), TrailEntryKind.BONUS_CLAIMED)
                .subject(claimId, event.title())
                .scores(null, event.points().value())
                .states(null, TrailBonusRecord.CLAIMED)
                .duplicateOf(event.duplicateOf() == null ? null : event.duplicateOf().value()));
        event.evidenceIds().stream().map(EvidenceId::value).sorted().forEach(evidenceId ->
                entityManager.persist(new TrailEntryEvidenceRecord(facts.eventId(), 0, evidenceId)));
    }

    @EventHandler
    void on(BonusAwardVerified event, EventMessage<?> message) {
        String assessmentId = event.assessmentId().value();
        TrailBonusRecord bonus = bonus(assessmentId, event.bonusClaimId().value());
        String before = bonus.status();
        bonus.status(TrailBonusRecord.VERIFIED);
        insert(new TrailEntryRecord(EventFacts.of(message), 0, assessment(assessmentId), TrailEntryKind.BONUS_VERIFIED)
                .subject(event.bonusClaimId().value(), bonus.title())
                .scores(bonus.points(), event.points().value())
                .states(before, TrailBonusRecord.VERIFIED)
                .reason(event.note()));
    }

    /** A rejected claim no longer counts: its points go to zero. */
    @EventHandler
    void on(BonusAwardRejected event, EventMessage<?> message) {
        String assessmentId = event.assessmentId().value();
        TrailBonusRecord bonus = bonus(assessmentId, event.bonusClaimId().value());
        String before = bonus.status();
        bonus.status(TrailBonusRecord.REJECTED);
        insert(new TrailEntryRecord(EventFacts.of(message), 0, assessment(assessmentId), TrailEntryKind.BONUS_REJECTED)
                .subject(event.bonusClaimId().value(), bonus.title())
                .scores(bonus.points(), Score.ZERO.value())
                .states(before, TrailBonusRecord.REJECTED)
                .duplicateOf(event.duplicateOf() == null ? null : event.duplicateOf().value())
                .reason(event.reason()));
    }

    // ---- veto and status ---------------------------------------------------------------------

    @EventHandler
    void on(VetoApplied event, EventMessage<?> message) {
        TrailAssessmentRecord assessment = assessment(event.assessmentId().value());
        String before = assessment.vetoed() ? VETOED : NOT_VETOED;
        TrailEntryRecord row = new TrailEntryRecord(EventFacts.of(message), 0, assessment, TrailEntryKind.VETO_APPLIED);
        assessment.vetoApplied();
        insert(row.subject(event.conditionCode(), event.conditionName())
                .states(before, VETOED)
                .reason(event.reason()));
    }

    @EventHandler
    void on(VetoLifted event, EventMessage<?> message) {
        TrailAssessmentRecord assessment = assessment(event.assessmentId().value());
        String before = assessment.vetoed() ? VETOED : NOT_VETOED;
        TrailEntryRecord row = new TrailEntryRecord(EventFacts.of(message), 0, assessment, TrailEntryKind.VETO_LIFTED);
        assessment.vetoLifted();
        insert(row.subject(event.conditionCode(), null)
                .states(before, assessment.vetoed() ? VETOED : NOT_VETOED)
                .reason(event.reason()));
    }

    /** The submission itself is not "after submission": the row is written before the status changes. */
    @EventHandler
    void on(SelfAssessmentSubmitted event, EventMessage<?> message) {
        statusChange(event.assessmentId().value(), AssessmentStatus.SUBMITTED, TrailEntryKind.SUBMITTED, null, message);
    }

    @EventHandler
    void on(AssessmentReopened event, EventMessage<?> message) {
        statusChange(event.assessmentId().value(), event.status(), TrailEntryKind.REOPENED, event.reason(), message);
    }

    @EventHandler
    void on(ReviewFinalized event, EventMessage<?> message) {
        statusChange(event.assessmentId().value(), AssessmentStatus.FINALIZED, TrailEntryKind.FINALIZED, null, message);
    }

    @ResetHandler
    void reset() {
        transactionTemplate.executeWithoutResult(status -> {
            for (String entity : List.of("TrailEntryEvidenceRecord", "TrailEntryRecord", "TrailAssessmentRecord",
                    "TrailEvidenceRecord", "TrailBonusRecord", "TrailIndicatorRecord")) {
                entityManager.createQuery("delete from " + entity).executeUpdate();
            }
            entityManager.clear();
        });
    }

    // ---- helpers -----------------------------------------------------------------------------

    private void statusChange(String assessmentId, AssessmentStatus after, TrailEntryKind kind, String reason,
                              EventMessage<?> message) {
        TrailAssessmentRecord assessment = assessment(assessmentId);
        TrailEntryRecord row = new TrailEntryRecord(EventFacts.of(message), 0, assessment, kind)
                .states(assessment.status().name(), after.name())
                .reason(reason);
        assessment.statusChanged(after);
        insert(row);
    }

    private void evidenceRemoved(String assessmentId, EvidenceId evidenceId, Collection<String> indicatorCodes,
                                 String reason, EventFacts facts, TrailEntryKind kind) {
        TrailEvidenceRecord evidence = evidence(assessmentId, evidenceId);
        perIndicator(indicatorCodes, facts, assessment(assessmentId), kind, row -> row
                .subject(evidenceId.value(), evidence.fileName())
                .late(evidence.late())
                .reason(reason));
    }

    /** Evidence serving no indicator (only ledger tasks) still gets one row, without an indicator. */
    private void perIndicator(Collection<String> indicatorCodes, EventFacts facts, TrailAssessmentRecord assessment,
                              TrailEntryKind kind, java.util.function.UnaryOperator<TrailEntryRecord> details) {
        List<String> codes = indicatorCodes.stream().sorted().toList();
        if (codes.isEmpty()) {
            insert(details.apply(new TrailEntryRecord(facts, 0, assessment, kind)));
            return;
        }
        for (int line = 0; line < codes.size(); line++) {
            insert(details.apply(new TrailEntryRecord(facts, line, assessment, kind).indicator(codes.get(line))));
        }
    }

    private void insert(TrailEntryRecord row) {
        entityManager.persist(row);
    }

    private TrailAssessmentRecord assessment(String assessmentId) {
        TrailAssessmentRecord assessment = entityManager.find(TrailAssessmentRecord.class, assessmentId);
        if (assessment == null) {
            throw new IllegalStateException("trail: assessment " + assessmentId + " was never opened");
        }
        return assessment;
    }

    private TrailEvidenceRecord evidence(String assessmentId, EvidenceId evidenceId) {
        TrailEvidenceRecord evidence = entityManager.find(TrailEvidenceRecord.class,
                new TrailEvidenceRecord.Key(assessmentId, evidenceId.value()));
        if (evidence == null) {
            throw new IllegalStateException("trail: evidence " + evidenceId + " of " + assessmentId + " was never attached");
        }
        return evidence;
    }

    private TrailBonusRecord bonus(String assessmentId, String bonusClaimId) {
        TrailBonusRecord bonus = entityManager.find(TrailBonusRecord.class, new TrailBonusRecord.Key(assessmentId, bonusClaimId));
        if (bonus == null) {
            throw new IllegalStateException("trail: bonus claim " + bonusClaimId + " of " + assessmentId + " was never made");
        }
        return bonus;
    }

    private static BigDecimal value(Score score) {
        return score == null ? null : score.value();
    }
}
