package org.evaltrack.query.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.axonframework.queryhandling.QueryHandler;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.ReportSectionKind;
import org.evaltrack.kernel.query.report.FindReportContent;
import org.evaltrack.kernel.query.report.ReportContentView;
import org.evaltrack.kernel.query.report.ReportSectionView;
import org.evaltrack.kernel.unit.UnitId;
import org.springframework.stereotype.Component;

/** Answers the words of a report from the report read model alone. */
@Component
class ReportQueryHandler {

    private final EntityManager entityManager;

    ReportQueryHandler(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @QueryHandler
    Optional<ReportContentView> handle(FindReportContent query) {
        String assessmentId = query.assessmentId().value();
        ReportAssessmentRecord assessment = entityManager.find(ReportAssessmentRecord.class, assessmentId);
        if (assessment == null) {
            return Optional.empty();
        }
        List<ReportSectionView> sections = entityManager.createQuery(
                        "select s from ReportSectionRecord s where s.id.assessmentId = :id", ReportSectionRecord.class)
                .setParameter("id", assessmentId)
                .getResultList().stream()
                .map(s -> new ReportSectionView(ReportSectionKind.valueOf(s.id.kind()), s.body, s.revision, s.writtenAt))
                .sorted(Comparator.comparing(ReportSectionView::kind))
                .toList();
        Map<String, String> narratives = new LinkedHashMap<>();
        entityManager.createQuery(
                        "select n from ReportNarrativeRecord n where n.id.assessmentId = :id", ReportNarrativeRecord.class)
                .setParameter("id", assessmentId)
                .getResultList()
                .forEach(n -> narratives.put(n.id.indicatorCode(), n.narrative));
        return Optional.of(new ReportContentView(AssessmentId.of(assessmentId), UnitId.of(assessment.unitId), sections, narratives));
    }
}
