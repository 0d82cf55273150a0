package org.evaltrack.query.discrepancy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.axonframework.queryhandling.QueryHandler;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.query.discrepancy.AssessmentDiscrepanciesView;
import org.evaltrack.kernel.query.discrepancy.DiscrepancyView;
import org.evaltrack.kernel.query.discrepancy.FindAssessmentDiscrepancies;
import org.evaltrack.kernel.query.discrepancy.FindSchemeDiscrepancies;
import org.evaltrack.kernel.query.discrepancy.SchemeDiscrepanciesView;
import org.evaltrack.kernel.query.discrepancy.UnitDiscrepanciesView;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;
import org.springframework.stereotype.Component;

/**
 * Loads the facts of a scheme and its assessments (a fixed handful of indexed queries, however many
 * units) and computes the discrepancies from them on every request, so the answer always matches the facts.
 */
@Component
class DiscrepancyQueryHandler {

    private final EntityManager entityManager;
    private final DiscrepancyMessages messages;

    DiscrepancyQueryHandler(EntityManager entityManager, DiscrepancyMessages messages) {
        this.entityManager = entityManager;
        this.messages = messages;
    }

    @QueryHandler
    Optional<AssessmentDiscrepanciesView> handle(FindAssessmentDiscrepancies query) {
        AssessmentFactsRecord assessment = entityManager.find(AssessmentFactsRecord.class, query.assessmentId().value());
        if (assessment == null) {
            return Optional.empty();
        }
        SchemeFacts scheme = loadScheme(assessment.schemeId).orElseThrow(() ->
                new IllegalStateException("assessment " + assessment.assessmentId + " under unknown scheme " + assessment.schemeId));
        AssessmentFacts facts = loadAssessments(List.of(assessment)).get(0);
        return Optional.of(new AssessmentDiscrepanciesView(
                AssessmentId.of(assessment.assessmentId), SchemeId.of(assessment.schemeId), UnitId.of(assessment.unitId),
                facts.unitName(), assessment.status,
                render(DiscrepancyRules.ofAssessment(scheme, facts)),
                render(DiscrepancyRules.ofScheme(scheme))));
    }

    @QueryHandler
    Optional<SchemeDiscrepanciesView> handle(FindSchemeDiscrepancies query) {
        Optional<SchemeFacts> found = loadScheme(query.schemeId().value());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SchemeFacts scheme = found.get();
        String jpql = "select a from DiscrepancyAssessmentRecord a where a.schemeId = :scheme"
                + (query.onlyUnit() == null ? "" : " and a.unitId = :unit");
        var assessmentQuery = entityManager.createQuery(jpql, AssessmentFactsRecord.class)
                .setParameter("scheme", scheme.scheme().schemeId);
        if (query.onlyUnit() != null) {
            assessmentQuery.setParameter("unit", query.onlyUnit().value());
        }
        List<UnitDiscrepanciesView> units = loadAssessments(assessmentQuery.getResultList()).stream()
                .sorted(Comparator.comparing(AssessmentFacts::unitName).thenComparing(f -> f.assessment().assessmentId))
                .map(facts -> new UnitDiscrepanciesView(AssessmentId.of(facts.assessment().assessmentId),
                        UnitId.of(facts.assessment().unitId), facts.unitName(), facts.assessment().status,
                        render(DiscrepancyRules.ofAssessment(scheme, facts))))
                .toList();
        return Optional.of(new SchemeDiscrepanciesView(query.schemeId(), scheme.scheme().title,
                render(DiscrepancyRules.ofScheme(scheme)), units));
    }

    private List<DiscrepancyView> render(List<Finding> findings) {
        return findings.stream().map(messages::render).toList();
    }

    private Optional<SchemeFacts> loadScheme(String schemeId) {
        SchemeFactsRecord scheme = entityManager.find(SchemeFactsRecord.class, schemeId);
        if (scheme == null) {
            return Optional.empty();
        }
        List<CategoryFactsRecord> categories = entityManager.createQuery(
                        "select c from DiscrepancyCategoryRecord c where c.id.schemeId = :scheme order by c.sortOrder",
                        CategoryFactsRecord.class)
                .setParameter("scheme", schemeId).getResultList();
        List<IndicatorFactsRecord> indicators = entityManager.createQuery(
                        "select i from DiscrepancyIndicatorRecord i where i.id.schemeId = :scheme order by i.sortOrder",
                        IndicatorFactsRecord.class)
                .setParameter("scheme", schemeId).getResultList();
        return Optional.of(new SchemeFacts(scheme, categories, indicators));
    }

    /** One query per kind of fact for all the given assessments together. */
    private List<AssessmentFacts> loadAssessments(List<AssessmentFactsRecord> assessments) {
        if (assessments.isEmpty()) {
            return List.of();
        }
        List<String> ids = assessments.stream().map(a -> a.assessmentId).toList();
        Map<String, String> unitNames = entityManager.createQuery(
                        "select u from DiscrepancyUnitRecord u where u.unitId in :units", UnitFactsRecord.class)
                .setParameter("units", assessments.stream().map(a -> a.unitId).distinct().toList())
                .getResultStream().collect(Collectors.toMap(u -> u.unitId, u -> u.name));
        Map<String, List<ClaimFactsRecord>> claims = byAssessment(entityManager.createQuery(
                        "select c from DiscrepancyClaimRecord c where c.id.assessmentId in :ids", ClaimFactsRecord.class)
                .setParameter("ids", ids).getResultList(), c -> c.id.assessmentId());
        // Only the figures of each indicator's current claim revision count.
        Map<String, List<FigureFactsRecord>> figures = byAssessment(entityManager.createQuery(
                        "select f from DiscrepancyFigureRecord f, DiscrepancyClaimRecord c"
                                + " where f.id.assessmentId in :ids and c.id.assessmentId = f.id.assessmentId"
                                + " and c.id.indicatorCode = f.id.indicatorCode and c.claimRevision = f.id.claimRevision",
                        FigureFactsRecord.class)
                .setParameter("ids", ids).getResultList(), f -> f.id.assessmentId());
        Map<String, List<EvidenceFactsRecord>> evidence = byAssessment(entityManager.createQuery(
                        "select e from DiscrepancyEvidenceRecord e where e.id.assessmentId in :ids order by e.receivedAt, e.id.evidenceId",
                        EvidenceFactsRecord.class)
                .setParameter("ids", ids).getResultList(), e -> e.id.assessmentId());
        Map<String, List<EvidenceLinkRecord>> links = byAssessment(entityManager.createQuery(
                        "select l from DiscrepancyEvidenceLinkRecord l where l.id.assessmentId in :ids", EvidenceLinkRecord.class)
                .setParameter("ids", ids).getResultList(), l -> l.id.assessmentId());
        Map<String, List<BonusClaimFactsRecord>> bonusClaims = byAssessment(entityManager.createQuery(
                        "select b from DiscrepancyBonusClaimRecord b where b.id.assessmentId in :ids order by b.claimedAt, b.id.bonusClaimId",
                        BonusClaimFactsRecord.class)
                .setParameter("ids", ids).getResultList(), b -> b.id.assessmentId());

        List<AssessmentFacts> result = new ArrayList<>();
        for (AssessmentFactsRecord assessment : assessments) {
            String id = assessment.assessmentId;
            result.add(new AssessmentFacts(assessment, unitNames.getOrDefault(assessment.unitId, assessment.unitId),
                    claims.getOrDefault(id, List.of()), figuresInReportOrder(figures.getOrDefault(id, List.of())),
                    evidence.getOrDefault(id, List.of()), links.getOrDefault(id, List.of()),
                    bonusClaims.getOrDefault(id, List.of())));
        }
        return result;
    }

    private static List<FigureFactsRecord> figuresInReportOrder(Collection<FigureFactsRecord> figures) {
        return figures.stream()
                .sorted(Comparator.comparing((FigureFactsRecord f) -> IndicatorCodes.sortKey(f.id.indicatorCode()))
                        .thenComparingInt(f -> f.id.sortOrder()))
                .toList();
    }

    private static <T> Map<String, List<T>> byAssessment(List<T> rows, Function<T, String> assessmentId) {
        return rows.stream().collect(Collectors.groupingBy(assessmentId));
    }
}
