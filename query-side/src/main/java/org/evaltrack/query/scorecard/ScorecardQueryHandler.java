package org.evaltrack.query.scorecard;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.axonframework.queryhandling.QueryHandler;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.DeclaredTotals;
import org.evaltrack.kernel.query.FindScorecard;
import org.evaltrack.kernel.query.FindScorecardsOfScheme;
import org.evaltrack.kernel.query.IndicatorScoreView;
import org.evaltrack.kernel.query.ScorecardView;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;
import org.springframework.stereotype.Component;

/** Answers scorecard queries from the read model; entities are mapped to shared-kernel views and never leave. */
@Component
class ScorecardQueryHandler {

    private final EntityManager entityManager;

    ScorecardQueryHandler(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @QueryHandler
    Optional<ScorecardView> handle(FindScorecard query) {
        ScorecardRecord scorecard = entityManager.find(ScorecardRecord.class, query.assessmentId().value());
        if (scorecard == null) {
            return Optional.empty();
        }
        List<IndicatorRowRecord> rows = entityManager
                .createQuery("select r from ScorecardIndicatorRowRecord r where r.id.assessmentId = :id order by r.sortOrder",
                        IndicatorRowRecord.class)
                .setParameter("id", scorecard.assessmentId())
                .getResultList();
        return Optional.of(toView(scorecard, rows));
    }

    /** Highest total first; ties by unit name so the order is stable. Rows come in one query for all scorecards. */
    @QueryHandler
    List<ScorecardView> handle(FindScorecardsOfScheme query) {
        String jpql = "select s from ScorecardRecord s where s.schemeId = :scheme"
                + (query.onlyUnit() == null ? "" : " and s.unitId = :unit")
                + " order by s.total desc, s.unitName, s.assessmentId";
        var scorecardQuery = entityManager.createQuery(jpql, ScorecardRecord.class)
                .setParameter("scheme", query.schemeId().value());
        if (query.onlyUnit() != null) {
            scorecardQuery.setParameter("unit", query.onlyUnit().value());
        }
        List<ScorecardRecord> scorecards = scorecardQuery.getResultList();
        if (scorecards.isEmpty()) {
            return List.of();
        }
        Map<String, List<IndicatorRowRecord>> rowsByAssessment = entityManager
                .createQuery("select r from ScorecardIndicatorRowRecord r where r.id.assessmentId in :ids order by r.sortOrder",
                        IndicatorRowRecord.class)
                .setParameter("ids", scorecards.stream().map(ScorecardRecord::assessmentId).toList())
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(IndicatorRowRecord::assessmentId));
        return scorecards.stream()
                .map(s -> toView(s, rowsByAssessment.getOrDefault(s.assessmentId(), List.of())))
                .toList();
    }

    static ScorecardView toView(ScorecardRecord s, List<IndicatorRowRecord> rows) {
        DeclaredTotals declared = s.declaredTotal() == null ? null
                : new DeclaredTotals(score(s.declaredBase()), score(s.declaredBonus()), score(s.declaredTotal()));
        return new ScorecardView(
                AssessmentId.of(s.assessmentId()),
                SchemeId.of(s.schemeId()),
                UnitId.of(s.unitId()),
                s.unitName(),
                s.year(),
                s.status(),
                declared,
                score(s.claimedBase()),
                score(s.computedBase()),
                score(s.claimedBonus()),
                score(s.verifiedBonus()),
                score(s.bonus()),
                score(s.bonusCap()),
                score(s.total()),
                s.vetoed(),
                s.lastEventAt(),
                rows.stream()
                        .sorted(Comparator.comparingInt(IndicatorRowRecord::sortOrder))
                        .map(ScorecardQueryHandler::toView)
                        .toList());
    }

    static IndicatorScoreView toView(IndicatorRowRecord r) {
        return new IndicatorScoreView(
                r.indicatorCode(),
                r.name(),
                r.categoryCode(),
                r.categoryName(),
                r.scoringMode(),
                score(r.maxPoints()),
                score(r.floor()),
                score(r.claimedScore()),
                score(r.effectiveScore()),
                r.isAdjusted(),
                r.claimRevision(),
                r.evidenceCount(),
                r.lastChangedAt());
    }

    private static Score score(BigDecimal value) {
        return value == null ? null : Score.of(value);
    }
}
