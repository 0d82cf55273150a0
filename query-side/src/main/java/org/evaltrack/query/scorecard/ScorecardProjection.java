package org.evaltrack.query.scorecard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
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
import org.evaltrack.kernel.scheme.BonusRuleDefined;
import org.evaltrack.kernel.scheme.CategoryAdded;
import org.evaltrack.kernel.scheme.IndicatorAdded;
import org.evaltrack.kernel.scheme.IndicatorRevised;
import org.evaltrack.kernel.scheme.SchemeDrafted;
import org.evaltrack.kernel.scheme.SchemePublished;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitRegistered;
import org.evaltrack.query.config.WaitingForAnotherAggregate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds the scorecard read model. Handlers find rows by primary key through the persistence
 * context, so within one processor batch a scorecard touched by many events is read once and
 * written once at commit; totals move by deltas instead of being re-summed.
 *
 * <p>Events are sequenced per aggregate ({@link org.evaltrack.query.config.ReadModels}), so one unit's poison
 * event holds back only that unit's assessment. Two handlers read another aggregate's rows, and
 * segments run apart, so they make the order safe themselves: an assessment is opened only once its
 * scheme is published and its unit registered here ({@link #schemeReadyFor}, {@link #unitOf}), and
 * opening and revising an indicator lock the scheme's row, so neither misses the other's rows.
 */
@Component
@ProcessingGroup(ReadModels.GROUP)
class ScorecardProjection {

    private final EntityManager entityManager;
    private final TransactionTemplate transactionTemplate;

    ScorecardProjection(EntityManager entityManager, PlatformTransactionManager transactionManager) {
        this.entityManager = entityManager;
        this.transactionTemplate = new TransactionTemplate(transactionManager);
    }

    // ---- scheme data -------------------------------------------------------------------------

    @EventHandler
    void on(SchemeDrafted event) {
        entityManager.persist(new SchemeRecord(event.schemeId().value(), event.year(), event.title(),
                event.bonusCap().value()));
    }

    @EventHandler
    void on(CategoryAdded event) {
        entityManager.persist(new SchemeCategoryRecord(event.schemeId().value(), event.categoryCode(),
                event.section().name(), event.name(), event.budget().value()));
    }

    @EventHandler
    void on(IndicatorAdded event) {
        String schemeId = event.schemeId().value();
        SchemeRecord scheme = entityManager.find(SchemeRecord.class, schemeId);
        SchemeCategoryRecord category = entityManager.find(SchemeCategoryRecord.class,
                new SchemeCategoryRecord.Key(schemeId, event.categoryCode()));
        entityManager.persist(new SchemeIndicatorRecord(schemeId, event.indicatorCode(), event.categoryCode(),
                category == null ? event.categoryCode() : category.name(), event.name(), event.scoringMode(),
                event.maxPoints().value(), valueOrNull(event.floor()), scheme.nextIndicatorPosition()));
    }

    /** Bonus points per level arrive on each bonus event; the rule itself changes no scorecard. */
    @EventHandler
    void on(BonusRuleDefined event) {
        // nothing to keep: BonusClaimed and BonusAwardVerified carry their points
    }

    @EventHandler
    void on(SchemePublished event) {
        entityManager.find(SchemeRecord.class, event.schemeId().value()).markPublished();
    }

    @EventHandler
    void on(IndicatorRevised event) {
        String schemeId = event.schemeId().value();
        BigDecimal max = event.maxPoints().value();
        BigDecimal floor = valueOrNull(event.floor());
        // waits for an assessment of this scheme being opened in another segment, and it for this
        entityManager.find(SchemeRecord.class, schemeId, LockModeType.PESSIMISTIC_WRITE);
        entityManager.find(SchemeIndicatorRecord.class,
                new SchemeIndicatorRecord.Key(schemeId, event.indicatorCode())).revise(max, floor);
        // Loaded through the persistence context (not a bulk update) so rows already held by this batch stay consistent.
        entityManager.createQuery("select r from ScorecardIndicatorRowRecord r where r.schemeId = :scheme and r.id.indicatorCode = :code",
                        IndicatorRowRecord.class)
                .setParameter("scheme", schemeId)
                .setParameter("code", event.indicatorCode())
                .getResultList()
                .forEach(row -> row.revise(max, floor));
    }

    @EventHandler
    void on(UnitRegistered event) {
        entityManager.persist(new UnitRecord(event.unitId().value(), event.name(), event.kind()));
    }

    // ---- assessments -------------------------------------------------------------------------

    @EventHandler
    void on(AssessmentOpened event, @Timestamp Instant at) {
        String assessmentId = event.assessmentId().value();
        String schemeId = event.schemeId().value();
        SchemeRecord scheme = schemeReadyFor(assessmentId, schemeId);
        UnitRecord unit = unitOf(assessmentId, event.unitId().value());
        entityManager.persist(new ScorecardRecord(assessmentId, schemeId, event.unitId().value(),
                unit.name(), event.year(), scheme.bonusCap(), at));
        List<SchemeIndicatorRecord> indicators = entityManager
                .createQuery("select i from ScorecardSchemeIndicatorRecord i where i.id.schemeId = :scheme", SchemeIndicatorRecord.class)
                .setParameter("scheme", schemeId)
                .getResultList();
        indicators.forEach(indicator ->
                entityManager.persist(IndicatorRowRecord.laidOutFrom(assessmentId, schemeId, indicator)));
    }

    @EventHandler
    void on(ScoreClaimed event, @Timestamp Instant at) {
        ScorecardRecord scorecard = scorecard(event.assessmentId().value());
        IndicatorRowRecord row = row(event.assessmentId().value(), event.indicatorCode());
        BigDecimal claim = event.claimedScore().value();
        BigDecimal previousClaim = row.claimedScore() == null ? BigDecimal.ZERO : row.claimedScore();
        BigDecimal effectiveDelta = row.claimed(claim, event.revision(), at);
        scorecard.addToClaimedBase(claim.subtract(previousClaim), at);
        scorecard.addToComputedBase(effectiveDelta, at);
    }

    @EventHandler
    void on(ReviewAdjustmentMade event, @Timestamp Instant at) {
        ScorecardRecord scorecard = scorecard(event.assessmentId().value());
        IndicatorRowRecord row = row(event.assessmentId().value(), event.indicatorCode());
        scorecard.addToComputedBase(row.adjusted(event.newScore().value(), at), at);
    }

    @EventHandler
    void on(EvidenceAttached event, @Timestamp Instant at) {
        String assessmentId = event.assessmentId().value();
        scorecard(assessmentId).touch(at);
        forEachRow(assessmentId, event.indicatorCodes(), row -> row.evidenceAdded(at));
    }

    @EventHandler
    void on(EvidenceWithdrawn event, @Timestamp Instant at) {
        String assessmentId = event.assessmentId().value();
        scorecard(assessmentId).touch(at);
        forEachRow(assessmentId, event.indicatorCodes(), row -> row.evidenceRemoved(at));
    }

    @EventHandler
    void on(EvidenceRejected event, @Timestamp Instant at) {
        String assessmentId = event.assessmentId().value();
        scorecard(assessmentId).touch(at);
        forEachRow(assessmentId, event.indicatorCodes(), row -> row.evidenceRemoved(at));
    }

    @EventHandler
    void on(BonusClaimed event, @Timestamp Instant at) {
        scorecard(event.assessmentId().value()).addToClaimedBonus(event.points().value(), at);
    }

    @EventHandler
    void on(BonusAwardVerified event, @Timestamp Instant at) {
        scorecard(event.assessmentId().value()).addToVerifiedBonus(event.points().value(), at);
    }

    @EventHandler
    void on(BonusAwardRejected event, @Timestamp Instant at) {
        scorecard(event.assessmentId().value()).touch(at);
    }

    @EventHandler
    void on(SelfAssessmentSubmitted event, @Timestamp Instant at) {
        scorecard(event.assessmentId().value()).submitted(event.declared().base().value(),
                event.declared().bonus().value(), event.declared().total().value(), at);
    }

    @EventHandler
    void on(VetoApplied event, @Timestamp Instant at) {
        scorecard(event.assessmentId().value()).vetoApplied(at);
    }

    @EventHandler
    void on(VetoLifted event, @Timestamp Instant at) {
        scorecard(event.assessmentId().value()).vetoLifted(at);
    }

    @EventHandler
    void on(ReviewFinalized event, @Timestamp Instant at) {
        scorecard(event.assessmentId().value()).statusChanged(AssessmentStatus.FINALIZED, at);
    }

    @EventHandler
    void on(AssessmentReopened event, @Timestamp Instant at) {
        scorecard(event.assessmentId().value()).statusChanged(event.status(), at);
    }

    @ResetHandler
    void reset() {
        transactionTemplate.executeWithoutResult(status -> {
            for (String entity : List.of("ScorecardIndicatorRowRecord", "ScorecardRecord", "ScorecardSchemeIndicatorRecord",
                    "ScorecardSchemeCategoryRecord", "ScorecardSchemeRecord", "ScorecardUnitRecord")) {
                entityManager.createQuery("delete from " + entity).executeUpdate();
            }
            entityManager.clear();
        });
    }

    // ---- helpers -----------------------------------------------------------------------------

    /**
     * The published scheme, its row locked against a concurrent {@link IndicatorRevised}. The command
     * side opens assessments under published schemes only, so a scheme not yet published here is
     * either behind in its segment (wait) or dead-lettered (fail, so this assessment shows as well).
     */
    private SchemeRecord schemeReadyFor(String assessmentId, String schemeId) {
        SchemeRecord scheme = entityManager.find(SchemeRecord.class, schemeId, LockModeType.PESSIMISTIC_WRITE);
        if (scheme == null || !scheme.published()) {
            awaitOrFail(assessmentId, "scheme " + schemeId, schemeId);
        }
        return scheme;
    }

    /** The command side opens assessments of registered units only. */
    private UnitRecord unitOf(String assessmentId, String unitId) {
        UnitRecord unit = entityManager.find(UnitRecord.class, unitId);
        if (unit == null) {
            awaitOrFail(assessmentId, "unit " + unitId, unitId);
        }
        return unit;
    }

    private void awaitOrFail(String assessmentId, String awaited, String awaitedSequence) {
        // Axon's queue table (the queue keeps a per-aggregate sequence as the aggregate's id)
        Number letters = (Number) entityManager.createNativeQuery("select count(*) from dead_letter_entry"
                        + " where processing_group = ?1 and sequence_identifier = ?2")
                .setParameter(1, ReadModels.GROUP)
                .setParameter(2, awaitedSequence)
                .getSingleResult();
        if (letters.longValue() > 0) {
            throw new IllegalStateException("assessment " + assessmentId + " cannot be opened: " + awaited
                    + " is dead-lettered in the scorecard");
        }
        throw new WaitingForAnotherAggregate("assessment " + assessmentId, awaited);
    }

    /**
     * The scorecard, with all its indicator rows in the persistence context: handlers call this before
     * {@link #row}, so a batch reads an assessment's rows in one query instead of one per indicator.
     */
    private ScorecardRecord scorecard(String assessmentId) {
        ScorecardRecord scorecard = entityManager.find(ScorecardRecord.class, assessmentId);
        if (scorecard == null) {
            throw new IllegalStateException("scorecard " + assessmentId + " was never opened");
        }
        if (!scorecard.rowsLoaded()) {
            // A prefetch for row(), which finds rows persisted but not yet flushed in the session anyway. Left
            // to flush first (AUTO), it made Hibernate dirty-check every entity of the batch once per assessment:
            // three quarters of the projection's time in a profile of steady appends.
            entityManager.createQuery("select r from ScorecardIndicatorRowRecord r where r.id.assessmentId = :assessment",
                            IndicatorRowRecord.class)
                    .setParameter("assessment", assessmentId)
                    .setFlushMode(FlushModeType.COMMIT)
                    .getResultList();
            scorecard.markRowsLoaded();
        }
        return scorecard;
    }

    private IndicatorRowRecord row(String assessmentId, String indicatorCode) {
        IndicatorRowRecord row = entityManager.find(IndicatorRowRecord.class,
                new IndicatorRowRecord.Key(assessmentId, indicatorCode));
        if (row == null) {
            throw new IllegalStateException("scorecard " + assessmentId + " has no indicator " + indicatorCode);
        }
        return row;
    }

    /** Evidence may name indicators the scheme does not have; those are skipped rather than failing the replay. */
    private void forEachRow(String assessmentId, Set<String> indicatorCodes, java.util.function.Consumer<IndicatorRowRecord> change) {
        for (String code : indicatorCodes) {
            IndicatorRowRecord row = entityManager.find(IndicatorRowRecord.class, new IndicatorRowRecord.Key(assessmentId, code));
            if (row != null) {
                change.accept(row);
            }
        }
    }

    private static BigDecimal valueOrNull(Score score) {
        return score == null ? null : score.value();
    }
}
