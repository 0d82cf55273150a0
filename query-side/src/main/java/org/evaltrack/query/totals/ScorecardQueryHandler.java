package org.evaltrack.query.totals;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.queryhandling.QueryHandler;
import org.evaltrack.kernel.query.FindScorecard;
import org.evaltrack.kernel.query.FindScorecardsOfScheme;
import org.evaltrack.kernel.query.ScorecardView;
import org.evaltrack.query.answers.CurrentAnswers;
import org.evaltrack.query.config.ReadModels;
import org.springframework.stereotype.Component;

/** Answers the scorecard queries from the totals tables, for now only; entities never leave. */
@Component
class ScorecardQueryHandler {

    private final TotalsReader reader;
    private final CurrentAnswers answers;

    ScorecardQueryHandler(TotalsReader reader, CurrentAnswers answers) {
        this.reader = reader;
        this.answers = answers;
    }

    @QueryHandler
    Optional<ScorecardView> handle(FindScorecard query) {
        return answers.answer(ReadModels.GROUP, query, () -> compute(query));
    }

    private Optional<ScorecardView> compute(FindScorecard query) {
        String id = query.assessmentId().value();
        return reader.assessment(id, null).flatMap(assessment -> reader.scheme(assessment.schemeId(), null)
                .flatMap(scheme -> ScorecardViews.of(assessment,
                        reader.unitNames(Set.of(assessment.unitId())).getOrDefault(assessment.unitId(), assessment.unitId()),
                        scheme, reader.items(List.of(id), null).getOrDefault(id, List.of()),
                        reader.evidence(List.of(id)).getOrDefault(id, Map.of()))));
    }

    /** Highest total first; ties by unit name, then assessment, so the order is stable. Rows come in one query for all. */
    @QueryHandler
    List<ScorecardView> handle(FindScorecardsOfScheme query) {
        return answers.answer(ReadModels.GROUP, query, () -> compute(query));
    }

    private List<ScorecardView> compute(FindScorecardsOfScheme query) {
        String schemeId = query.schemeId().value();
        List<AssessmentRecord> assessments = reader.assessmentsOfScheme(schemeId, null).stream()
                .filter(a -> query.onlyUnit() == null || query.onlyUnit().value().equals(a.unitId()))
                .toList();
        Optional<SchemeShape> scheme = reader.scheme(schemeId, null);
        if (assessments.isEmpty() || scheme.isEmpty()) {
            return List.of();
        }
        List<String> ids = assessments.stream().map(AssessmentRecord::assessmentId).toList();
        Map<String, List<ItemState>> items = reader.items(ids, null);
        Map<String, Map<String, EvidenceCountRecord>> evidence = reader.evidence(ids);
        Map<String, String> unitNames = reader.unitNames(assessments.stream().map(AssessmentRecord::unitId).collect(Collectors.toSet()));
        return assessments.stream()
                .map(a -> ScorecardViews.of(a, unitNames.getOrDefault(a.unitId(), a.unitId()), scheme.get(),
                        items.getOrDefault(a.assessmentId(), List.of()), evidence.getOrDefault(a.assessmentId(), Map.of())))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(ScorecardView::total, Comparator.reverseOrder())
                        .thenComparing(ScorecardView::unitName)
                        .thenComparing(v -> v.assessmentId().value()))
                .toList();
    }
}
