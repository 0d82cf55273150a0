package org.evaltrack.query.discrepancy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.evaltrack.query.config.ReadModels;
import org.evaltrack.kernel.assessment.AssessmentOpened;
import org.evaltrack.kernel.assessment.AssessmentReopened;
import org.evaltrack.kernel.assessment.BonusAwardRejected;
import org.evaltrack.kernel.assessment.BonusAwardVerified;
import org.evaltrack.kernel.assessment.BonusClaimed;
import org.evaltrack.kernel.assessment.EvidenceAttached;
import org.evaltrack.kernel.assessment.EvidenceCaptureTimeAccepted;
import org.evaltrack.kernel.assessment.EvidenceRejected;
import org.evaltrack.kernel.assessment.EvidenceWithdrawn;
import org.evaltrack.kernel.assessment.ReportedFigure;
import org.evaltrack.kernel.assessment.ReviewAdjustmentMade;
import org.evaltrack.kernel.assessment.ReviewFinalized;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.evaltrack.kernel.assessment.SelfAssessmentSubmitted;
import org.evaltrack.kernel.scheme.BonusCapRevised;
import org.evaltrack.kernel.scheme.CategoryAdded;
import org.evaltrack.kernel.scheme.CategoryBudgetRevised;
import org.evaltrack.kernel.scheme.IndicatorAdded;
import org.evaltrack.kernel.scheme.IndicatorRevised;
import org.evaltrack.kernel.scheme.SchemeDrafted;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitRegistered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the facts discrepancies are computed from; it judges nothing itself, so a rule can change
 * without a replay. Every handler touches rows of the event's own aggregate only (found by primary
 * key or inserted), so the default per-aggregate sequencing is enough and segments may run in parallel.
 */
@Component
@ProcessingGroup(ReadModels.GROUP)
class DiscrepancyProjection {

    private static final List<String> ENTITIES = List.of("DiscrepancyFigureRecord", "DiscrepancyEvidenceLinkRecord",
            "DiscrepancyEvidenceRecord", "DiscrepancyBonusClaimRecord", "DiscrepancyClaimRecord", "DiscrepancyAssessmentRecord",
            "DiscrepancyUnitRecord", "DiscrepancyIndicatorRecord", "DiscrepancyCategoryRecord", "DiscrepancySchemeRecord");

    private final EntityManager entityManager;
    private final TransactionTemplate transactionTemplate;

    DiscrepancyProjection(EntityManager entityManager, PlatformTransactionManager transactionManager) {
        this.entityManager = entityManager;
        this.transactionTemplate = new TransactionTemplate(transactionManager);
    }

    // ---- scheme structure --------------------------------------------------------------------

    @EventHandler
    void on(SchemeDrafted event, @MessageIdentifier String eventId) {
        entityManager.persist(new SchemeFactsRecord(event.schemeId().value(), event.title(),
                event.bonusCap() == null ? null : event.bonusCap().value(), eventId));
    }

    @EventHandler
    void on(BonusCapRevised event) {
        scheme(event.schemeId().value()).bonusCap = event.bonusCap() == null ? null : event.bonusCap().value();
    }

    @EventHandler
    void on(CategoryAdded event, @MessageIdentifier String eventId) {
        SchemeFactsRecord scheme = scheme(event.schemeId().value());
        entityManager.persist(new CategoryFactsRecord(scheme.schemeId, event.categoryCode(), event.name(),
                event.budget().value(), scheme.takePosition(), eventId));
    }

    @EventHandler
    void on(CategoryBudgetRevised event, @MessageIdentifier String eventId) {
        CategoryFactsRecord category = entityManager.find(CategoryFactsRecord.class,
                new CategoryFactsRecord.Key(event.schemeId().value(), event.categoryCode()));
        require(category, "category " + event.categoryCode() + " of " + event.schemeId());
        category.budgetRevised(event.budget().value(), eventId);
    }

    @EventHandler
    void on(IndicatorAdded event, @MessageIdentifier String eventId) {
        SchemeFactsRecord scheme = scheme(event.schemeId().value());
        entityManager.persist(new IndicatorFactsRecord(scheme.schemeId, event.indicatorCode(), event.categoryCode(),
                event.name(), event.scoringMode(), event.maxPoints().value(), valueOrNull(event.floor()),
                blankToNull(event.assumption()), scheme.takePosition(), eventId));
    }

    @EventHandler
    void on(IndicatorRevised event, @MessageIdentifier String eventId) {
        IndicatorFactsRecord indicator = entityManager.find(IndicatorFactsRecord.class,
                new IndicatorFactsRecord.Key(event.schemeId().value(), event.indicatorCode()));
        require(indicator, "indicator " + event.indicatorCode() + " of " + event.schemeId());
        indicator.revised(event.maxPoints().value(), valueOrNull(event.floor()), eventId);
    }

    @EventHandler
    void on(UnitRegistered event) {
        if (entityManager.find(UnitFactsRecord.class, event.unitId().value()) == null) {
            entityManager.persist(new UnitFactsRecord(event.unitId().value(), event.name()));
        }
    }

    // ---- assessments -------------------------------------------------------------------------

    @EventHandler
    void on(AssessmentOpened event, @MessageIdentifier String eventId) {
        entityManager.persist(new AssessmentFactsRecord(event.assessmentId().value(), event.schemeId().value(),
                event.unitId().value(), eventId));
    }

    @EventHandler
    void on(ScoreClaimed event, @Timestamp Instant at, @MessageIdentifier String eventId) {
        String assessmentId = event.assessmentId().value();
        claim(assessmentId, event.indicatorCode()).claimed(event.claimedScore().value(), event.revision(), at, eventId);
        List<ReportedFigure> figures = event.reportedFigures();
        for (int i = 0; i < figures.size(); i++) {
            ReportedFigure figure = figures.get(i);
            if (figure == null || figure.name() == null || figure.value() == null) {
                continue;
            }
            entityManager.persist(new FigureFactsRecord(assessmentId, event.indicatorCode(), event.revision(), i,
                    figure.name(), figure.value().toPlainString(), figure.unit(), eventId));
        }
    }

    @EventHandler
    void on(ReviewAdjustmentMade event, @MessageIdentifier String eventId) {
        claim(event.assessmentId().value(), event.indicatorCode()).adjusted(event.newScore().value(), eventId);
    }

    @EventHandler
    void on(EvidenceAttached event, @MessageIdentifier String eventId) {
        String assessmentId = event.assessmentId().value();
        String evidenceId = event.evidenceId().value();
        entityManager.persist(new EvidenceFactsRecord(assessmentId, evidenceId, event.fileName(), event.receivedAt(),
                event.capturedAt(), event.evidenceDue(), event.late(), eventId));
        event.indicatorCodes().forEach(code -> entityManager.persist(new EvidenceLinkRecord(assessmentId, evidenceId, code)));
    }

    @EventHandler
    void on(EvidenceCaptureTimeAccepted event, @MessageIdentifier String eventId) {
        evidence(event.assessmentId().value(), event.evidenceId().value())
                .captureTimeAccepted(event.capturedAt(), event.evidenceDue(), event.late(), eventId);
    }

    @EventHandler
    void on(EvidenceWithdrawn event) {
        evidence(event.assessmentId().value(), event.evidenceId().value()).removed();
    }

    @EventHandler
    void on(EvidenceRejected event) {
        evidence(event.assessmentId().value(), event.evidenceId().value()).removed();
    }

    @EventHandler
    void on(BonusClaimed event, @Timestamp Instant at, @MessageIdentifier String eventId) {
        entityManager.persist(new BonusClaimFactsRecord(event.assessmentId().value(), event.bonusClaimId().value(),
                event.level(), event.title(), event.points().value(),
                event.duplicateOf() == null ? null : event.duplicateOf().value(), at, eventId));
    }

    @EventHandler
    void on(BonusAwardVerified event, @MessageIdentifier String eventId) {
        bonusClaim(event.assessmentId().value(), event.bonusClaimId().value()).verified(event.points().value(), eventId);
    }

    @EventHandler
    void on(BonusAwardRejected event, @MessageIdentifier String eventId) {
        bonusClaim(event.assessmentId().value(), event.bonusClaimId().value()).rejected(eventId);
    }

    @EventHandler
    void on(SelfAssessmentSubmitted event, @Timestamp Instant at, @MessageIdentifier String eventId) {
        assessment(event.assessmentId().value()).submitted(event.declared().base().value(), event.declared().bonus().value(),
                event.declared().total().value(), at, eventId);
    }

    @EventHandler
    void on(ReviewFinalized event, @MessageIdentifier String eventId) {
        assessment(event.assessmentId().value()).finalized(eventId);
    }

    @EventHandler
    void on(AssessmentReopened event) {
        assessment(event.assessmentId().value()).reopened(event.status());
    }

    @ResetHandler
    void reset() {
        transactionTemplate.executeWithoutResult(status -> {
            ENTITIES.forEach(entity -> entityManager.createQuery("delete from " + entity).executeUpdate());
            entityManager.clear();
        });
    }

    // ---- helpers -----------------------------------------------------------------------------

    private SchemeFactsRecord scheme(String schemeId) {
        return require(entityManager.find(SchemeFactsRecord.class, schemeId), "scheme " + schemeId);
    }

    private AssessmentFactsRecord assessment(String assessmentId) {
        return require(entityManager.find(AssessmentFactsRecord.class, assessmentId), "assessment " + assessmentId);
    }

    private ClaimFactsRecord claim(String assessmentId, String indicatorCode) {
        ClaimFactsRecord claim = entityManager.find(ClaimFactsRecord.class, new ClaimFactsRecord.Key(assessmentId, indicatorCode));
        if (claim == null) {
            claim = new ClaimFactsRecord(assessmentId, indicatorCode);
            entityManager.persist(claim);
        }
        return claim;
    }

    private EvidenceFactsRecord evidence(String assessmentId, String evidenceId) {
        return require(entityManager.find(EvidenceFactsRecord.class, new EvidenceFactsRecord.Key(assessmentId, evidenceId)),
                "evidence " + evidenceId + " of " + assessmentId);
    }

    private BonusClaimFactsRecord bonusClaim(String assessmentId, String bonusClaimId) {
        return require(entityManager.find(BonusClaimFactsRecord.class, new BonusClaimFactsRecord.Key(assessmentId, bonusClaimId)),
                "bonus claim " + bonusClaimId + " of " + assessmentId);
    }

    /** A fact that should exist but does not means events were lost or reordered: fail loudly, never skip. */
    private static <T> T require(T found, String what) {
        if (found == null) {
            throw new IllegalStateException("discrepancy projection has no " + what);
        }
        return found;
    }

    private static BigDecimal valueOrNull(Score score) {
        return score == null ? null : score.value();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
