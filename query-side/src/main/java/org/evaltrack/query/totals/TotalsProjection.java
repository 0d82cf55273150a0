package org.evaltrack.query.totals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

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
import org.evaltrack.kernel.assessment.EvidenceRejected;
import org.evaltrack.kernel.assessment.EvidenceWithdrawn;
import org.evaltrack.kernel.assessment.ReviewAdjustmentMade;
import org.evaltrack.kernel.assessment.ReviewFinalized;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.evaltrack.kernel.assessment.SelfAssessmentSubmitted;
import org.evaltrack.kernel.assessment.VetoApplied;
import org.evaltrack.kernel.assessment.VetoLifted;
import org.evaltrack.kernel.scheme.BonusCapRevised;
import org.evaltrack.kernel.scheme.BonusRuleDefined;
import org.evaltrack.kernel.scheme.CategoryAdded;
import org.evaltrack.kernel.scheme.CategoryBudgetRevised;
import org.evaltrack.kernel.scheme.IndicatorAdded;
import org.evaltrack.kernel.scheme.IndicatorRevised;
import org.evaltrack.kernel.scheme.SchemeClosed;
import org.evaltrack.kernel.scheme.SchemeDrafted;
import org.evaltrack.kernel.scheme.SchemePublished;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitRegistered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the totals read model: for every event that moves a score, one history row (a plain
 * insert) and the item's current row (found by primary key, so a batch touching an item many
 * times reads it once). Nothing is summed here; totals are computed at query time from the item
 * states, the same way now and as of any past instant.
 *
 * <p>Evidence moves no score: it is counted per indicator code ({@link EvidenceCountRecord}) and
 * noted on the assessment, without history rows, for the scorecard's evidence counts and times.
 *
 * <p>No handler reads another aggregate's rows (indicator categories, unit names and the bonus cap
 * are joined at query time), so the default per-aggregate sequencing is enough, segments may run in
 * parallel, and one unit's or one scheme's dead letter holds back nothing of another's.
 */
@Component
@ProcessingGroup(ReadModels.GROUP)
class TotalsProjection {

    private final EntityManager entityManager;
    private final TransactionTemplate transactionTemplate;

    TotalsProjection(EntityManager entityManager, PlatformTransactionManager transactionManager) {
        this.entityManager = entityManager;
        this.transactionTemplate = new TransactionTemplate(transactionManager);
    }

    // ---- scheme --------------------------------------------------------------------------------

    @EventHandler
    void on(SchemeDrafted event) {
        entityManager.persist(new SchemeRecord(event.schemeId().value(), event.year(), event.title(), value(event.bonusCap())));
    }

    /** The cap is joined at query time, so every assessment's totals follow the revision at once. */
    @EventHandler
    void on(BonusCapRevised event, EventMessage<?> message) {
        String schemeId = event.schemeId().value();
        scheme(schemeId).reviseBonusCap(value(event.bonusCap()));
        entityManager.persist(new SchemeChangeRecord(schemeId, SchemeChangeRecord.SCHEME, SchemeChangeRecord.BONUS_CAP,
                SchemeChangeRecord.BONUS_CAP_REVISED, value(event.previousBonusCap()), value(event.bonusCap()), event.reason(),
                EventStamp.of(message)));
    }

    @EventHandler
    void on(CategoryAdded event, EventMessage<?> message) {
        String schemeId = event.schemeId().value();
        int position = scheme(schemeId).nextCategoryPosition();
        entityManager.persist(new CategoryRecord(schemeId, event.categoryCode(), event.section().name(), event.name(),
                event.budget().value(), position));
        entityManager.persist(new SchemeChangeRecord(schemeId, SchemeChangeRecord.CATEGORY, event.categoryCode(),
                SchemeChangeRecord.CATEGORY_ADDED, null, event.budget().value(), null, EventStamp.of(message)));
    }

    @EventHandler
    void on(IndicatorAdded event, EventMessage<?> message) {
        String schemeId = event.schemeId().value();
        int position = scheme(schemeId).nextIndicatorPosition();
        entityManager.persist(new IndicatorRecord(schemeId, event.indicatorCode(), event.categoryCode(), event.name(),
                event.scoringMode(), event.maxPoints().value(), value(event.floor()), position));
        entityManager.persist(new SchemeChangeRecord(schemeId, SchemeChangeRecord.INDICATOR, event.indicatorCode(),
                SchemeChangeRecord.INDICATOR_ADDED, null, event.maxPoints().value(), null, EventStamp.of(message)));
    }

    @EventHandler
    void on(CategoryBudgetRevised event, EventMessage<?> message) {
        String schemeId = event.schemeId().value();
        CategoryRecord category = entityManager.find(CategoryRecord.class, new CategoryRecord.Key(schemeId, event.categoryCode()));
        if (category == null) {
            throw new IllegalStateException("scheme " + schemeId + " has no category " + event.categoryCode());
        }
        category.revise(event.budget().value());
        entityManager.persist(new SchemeChangeRecord(schemeId, SchemeChangeRecord.CATEGORY, event.categoryCode(),
                SchemeChangeRecord.BUDGET_REVISED, value(event.previousBudget()), event.budget().value(), event.reason(), EventStamp.of(message)));
    }

    @EventHandler
    void on(IndicatorRevised event, EventMessage<?> message) {
        String schemeId = event.schemeId().value();
        IndicatorRecord indicator = entityManager.find(IndicatorRecord.class, new IndicatorRecord.Key(schemeId, event.indicatorCode()));
        if (indicator == null) {
            throw new IllegalStateException("scheme " + schemeId + " has no indicator " + event.indicatorCode());
        }
        indicator.revise(event.maxPoints().value(), value(event.floor()));
        entityManager.persist(new SchemeChangeRecord(schemeId, SchemeChangeRecord.INDICATOR, event.indicatorCode(),
                SchemeChangeRecord.MAXIMUM_REVISED, value(event.previousMaxPoints()), event.maxPoints().value(), event.reason(), EventStamp.of(message)));
    }

    /** The levels a unit may claim: the bonus claim form offers these (their points are counted from the claims' own events). */
    @EventHandler
    void on(BonusRuleDefined event) {
        String schemeId = event.schemeId().value();
        BonusRuleRecord rule = entityManager.find(BonusRuleRecord.class, new BonusRuleRecord.Key(schemeId, event.level().name()));
        if (rule != null) {
            rule.redefine(event.name(), event.pointsPerItem().value());
            return;
        }
        Long defined = entityManager.createQuery("select count(r) from TotalsBonusRuleRecord r where r.id.schemeId = :scheme", Long.class)
                .setParameter("scheme", schemeId).getSingleResult();
        entityManager.persist(new BonusRuleRecord(schemeId, event.level().name(), event.name(), event.pointsPerItem().value(),
                defined.intValue()));
    }

    @EventHandler
    void on(SchemePublished event) {
        scheme(event.schemeId().value()).markPublished();
    }

    @EventHandler
    void on(SchemeClosed event) {
        scheme(event.schemeId().value()).markClosed(event.closedAt());
    }

    @EventHandler
    void on(UnitRegistered event) {
        entityManager.persist(new UnitRecord(event.unitId().value(), event.name(), event.kind()));
    }

    // ---- assessments ---------------------------------------------------------------------------

    @EventHandler
    void on(AssessmentOpened event, EventMessage<?> message) {
        String assessmentId = event.assessmentId().value();
        // The event's timestamp, not the business date it carries: as-of answers what the system knew.
        entityManager.persist(new AssessmentRecord(assessmentId, event.schemeId().value(), event.unitId().value(),
                event.year(), message.getTimestamp()));
        change(assessmentId, ItemPart.STATUS, "status", message, "ASSESSMENT_OPENED", null,
                s -> s.status(AssessmentStatus.OPEN.name()));
    }

    @EventHandler
    void on(ScoreClaimed event, EventMessage<?> message) {
        change(event.assessmentId().value(), ItemPart.INDICATOR, event.indicatorCode(), message, "SCORE_CLAIMED",
                event.narrative(), s -> s.claimed(event.claimedScore().value(), event.revision()));
    }

    @EventHandler
    void on(ReviewAdjustmentMade event, EventMessage<?> message) {
        change(event.assessmentId().value(), ItemPart.INDICATOR, event.indicatorCode(), message, "REVIEW_ADJUSTMENT_MADE",
                event.reason(), s -> s.adjusted(event.newScore().value()));
    }

    @EventHandler
    void on(EvidenceAttached event, EventMessage<?> message) {
        evidence(event.assessmentId().value(), event.indicatorCodes(), 1, message);
    }

    @EventHandler
    void on(EvidenceWithdrawn event, EventMessage<?> message) {
        evidence(event.assessmentId().value(), event.indicatorCodes(), -1, message);
    }

    @EventHandler
    void on(EvidenceRejected event, EventMessage<?> message) {
        evidence(event.assessmentId().value(), event.indicatorCodes(), -1, message);
    }

    @EventHandler
    void on(BonusClaimed event, EventMessage<?> message) {
        change(event.assessmentId().value(), ItemPart.BONUS, event.bonusClaimId().value(), message, "BONUS_CLAIMED",
                event.source(), s -> s.bonusClaimed(event.points().value(), event.level().name(), event.title()));
    }

    @EventHandler
    void on(BonusAwardVerified event, EventMessage<?> message) {
        change(event.assessmentId().value(), ItemPart.BONUS, event.bonusClaimId().value(), message, "BONUS_AWARD_VERIFIED",
                event.note(), s -> s.bonusReviewed("VERIFIED", event.points().value(), event.level().name()));
    }

    @EventHandler
    void on(BonusAwardRejected event, EventMessage<?> message) {
        change(event.assessmentId().value(), ItemPart.BONUS, event.bonusClaimId().value(), message, "BONUS_AWARD_REJECTED",
                event.reason(), s -> s.bonusReviewed("REJECTED", BigDecimal.ZERO, event.level().name()));
    }

    @EventHandler
    void on(VetoApplied event, EventMessage<?> message) {
        change(event.assessmentId().value(), ItemPart.VETO, event.conditionCode(), message, "VETO_APPLIED",
                event.reason(), s -> s.veto("APPLIED", event.conditionName()));
    }

    @EventHandler
    void on(VetoLifted event, EventMessage<?> message) {
        change(event.assessmentId().value(), ItemPart.VETO, event.conditionCode(), message, "VETO_LIFTED",
                event.reason(), s -> s.veto("LIFTED", null));
    }

    @EventHandler
    void on(SelfAssessmentSubmitted event, EventMessage<?> message) {
        String assessmentId = event.assessmentId().value();
        change(assessmentId, ItemPart.DECLARED, "base", message, "SELF_ASSESSMENT_SUBMITTED", null,
                s -> s.declared(value(event.declared().base())));
        change(assessmentId, ItemPart.DECLARED, "bonus", message, "SELF_ASSESSMENT_SUBMITTED", null,
                s -> s.declared(value(event.declared().bonus())));
        change(assessmentId, ItemPart.DECLARED, "total", message, "SELF_ASSESSMENT_SUBMITTED", null,
                s -> s.declared(value(event.declared().total())));
        change(assessmentId, ItemPart.STATUS, "status", message, "SELF_ASSESSMENT_SUBMITTED", null,
                s -> s.status(AssessmentStatus.SUBMITTED.name()));
    }

    @EventHandler
    void on(ReviewFinalized event, EventMessage<?> message) {
        change(event.assessmentId().value(), ItemPart.STATUS, "status", message, "REVIEW_FINALIZED", null,
                s -> s.status(AssessmentStatus.FINALIZED.name()));
    }

    @EventHandler
    void on(AssessmentReopened event, EventMessage<?> message) {
        change(event.assessmentId().value(), ItemPart.STATUS, "status", message, "ASSESSMENT_REOPENED", event.reason(),
                s -> s.status(event.status().name()));
    }

    @ResetHandler
    void reset() {
        transactionTemplate.executeWithoutResult(status -> {
            for (String entity : List.of("TotalsScoreChangeRecord", "TotalsCurrentItemRecord", "TotalsEvidenceCountRecord",
                    "TotalsAssessmentRecord", "TotalsUnitRecord", "TotalsSchemeChangeRecord", "TotalsIndicatorRecord", "TotalsBonusRuleRecord",
                    "TotalsCategoryRecord", "TotalsSchemeRecord")) {
                entityManager.createQuery("delete from " + entity).executeUpdate();
            }
            entityManager.clear();
        });
    }

    // ---- helpers -------------------------------------------------------------------------------

    /**
     * The item's next state is its current one changed by the event; it replaces the current row
     * and is appended to the history. The history row gets its own copy: one state object must
     * not be shared by two managed entities.
     */
    private void change(String assessmentId, ItemPart part, String code, EventMessage<?> message, String kind, String reason,
                        Consumer<ItemState> apply) {
        String itemKey = part.key(code);
        CurrentItemRecord current = entityManager.find(CurrentItemRecord.class, new CurrentItemRecord.Key(assessmentId, itemKey));
        if (current != null && current.state().eventId().equals(message.getIdentifier())) {
            return; // delivered again (e.g. a dead letter retried after it was applied): already in both tables
        }
        ItemState next = current == null ? ItemState.fresh(part, code) : current.state().copy();
        next.stamp(EventStamp.of(message), kind, reason);
        apply.accept(next);
        if (current == null) {
            entityManager.persist(new CurrentItemRecord(assessmentId, itemKey, next));
        } else {
            current.replace(next);
        }
        entityManager.persist(new ScoreChangeRecord(assessmentId, itemKey, next.copy()));
    }

    private void evidence(String assessmentId, Set<String> indicatorCodes, int delta, EventMessage<?> message) {
        AssessmentRecord assessment = entityManager.find(AssessmentRecord.class, assessmentId);
        if (assessment == null) {
            throw new IllegalStateException("assessment " + assessmentId + " was never opened");
        }
        assessment.evidenceChanged(message.getTimestamp());
        for (String code : indicatorCodes) {
            EvidenceCountRecord.Key key = new EvidenceCountRecord.Key(assessmentId, code);
            EvidenceCountRecord count = entityManager.find(EvidenceCountRecord.class, key);
            if (count == null) {
                count = new EvidenceCountRecord(assessmentId, code);
                entityManager.persist(count);
            }
            count.change(delta, message.getIdentifier(), message.getTimestamp());
        }
    }

    private SchemeRecord scheme(String schemeId) {
        SchemeRecord scheme = entityManager.find(SchemeRecord.class, schemeId);
        if (scheme == null) {
            throw new IllegalStateException("scheme " + schemeId + " was never drafted");
        }
        return scheme;
    }

    private static BigDecimal value(Score score) {
        return score == null ? null : score.value();
    }
}
