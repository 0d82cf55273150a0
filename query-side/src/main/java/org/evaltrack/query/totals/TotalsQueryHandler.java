package org.evaltrack.query.totals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.axonframework.queryhandling.QueryHandler;
import org.evaltrack.kernel.query.totals.AssessmentTotalsView;
import org.evaltrack.kernel.query.totals.CategorySubtotalView;
import org.evaltrack.kernel.query.totals.FindAssessmentTotals;
import org.evaltrack.kernel.query.totals.FindSchemeRanking;
import org.evaltrack.kernel.query.totals.FindScoreProvenance;
import org.evaltrack.kernel.query.totals.ProvenanceView;
import org.evaltrack.kernel.query.totals.RankingColumn;
import org.evaltrack.kernel.query.totals.RankingRow;
import org.evaltrack.kernel.query.totals.RankingView;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.query.answers.CurrentAnswers;
import org.evaltrack.query.config.ReadModels;
import org.springframework.stereotype.Component;

/** Answers totals, ranking and provenance queries, now or as of an instant; entities never leave. */
@Component
class TotalsQueryHandler {

    private final TotalsReader reader;
    private final CurrentAnswers answers;

    TotalsQueryHandler(TotalsReader reader, CurrentAnswers answers) {
        this.reader = reader;
        this.answers = answers;
    }

    @QueryHandler
    Optional<AssessmentTotalsView> handle(FindAssessmentTotals query) {
        return answers.answer(ReadModels.GROUP, query, () -> compute(query));
    }

    private Optional<AssessmentTotalsView> compute(FindAssessmentTotals query) {
        Instant asOf = query.asOf();
        return reader.assessment(query.assessmentId().value(), asOf).flatMap(assessment -> totals(assessment, asOf));
    }

    /**
     * Highest total first; equal totals share a rank (1, 1, 3); vetoed units are unranked and last.
     * All units are computed even when one is asked for, so its rank counts everyone.
     */
    @QueryHandler
    Optional<RankingView> handle(FindSchemeRanking query) {
        return answers.answer(ReadModels.GROUP, query, () -> compute(query));
    }

    private Optional<RankingView> compute(FindSchemeRanking query) {
        Instant asOf = query.asOf();
        String schemeId = query.schemeId().value();
        Optional<SchemeShape> found = reader.scheme(schemeId, asOf);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SchemeShape scheme = found.get();
        List<AssessmentRecord> assessments = reader.assessmentsOfScheme(schemeId, asOf);
        Map<String, List<ItemState>> items = reader.items(assessments.stream().map(AssessmentRecord::assessmentId).toList(), asOf);
        Map<String, String> unitNames = reader.unitNames(assessments.stream().map(AssessmentRecord::unitId).collect(Collectors.toSet()));
        List<AssessmentTotalsView> totals = assessments.stream()
                .map(a -> TotalsCalculator.compute(a, unitNames.getOrDefault(a.unitId(), a.unitId()), scheme,
                        items.getOrDefault(a.assessmentId(), List.of()), asOf))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(AssessmentTotalsView::vetoed)
                        .thenComparing(AssessmentTotalsView::total, Comparator.reverseOrder())
                        .thenComparing(AssessmentTotalsView::unitName)
                        .thenComparing(t -> t.assessmentId().value()))
                .toList();
        List<RankingRow> rows = new ArrayList<>();
        Score previousTotal = null;
        int rank = 0;
        for (int position = 0; position < totals.size(); position++) {
            AssessmentTotalsView t = totals.get(position);
            Integer rowRank = null;
            if (!t.vetoed()) {
                if (previousTotal == null || t.total().compareTo(previousTotal) != 0) {
                    rank = position + 1;
                    previousTotal = t.total();
                }
                rowRank = rank;
            }
            if (query.onlyUnit() == null || query.onlyUnit().equals(t.unitId())) {
                rows.add(row(rowRank, t));
            }
        }
        List<RankingColumn> columns = scheme.categories().stream()
                .map(c -> new RankingColumn(c.code(), c.name(), TotalsCalculator.score(c.budget())))
                .toList();
        return Optional.of(new RankingView(query.schemeId(), scheme.title(), asOf, columns, rows));
    }

    @QueryHandler
    Optional<ProvenanceView> handle(FindScoreProvenance query) {
        Instant asOf = query.asOf();
        Optional<AssessmentRecord> assessment = reader.assessment(query.assessmentId().value(), asOf);
        if (assessment.isEmpty()) {
            return Optional.empty();
        }
        Optional<SchemeShape> scheme = reader.scheme(assessment.get().schemeId(), asOf);
        Optional<AssessmentTotalsView> totals = scheme.flatMap(s -> totals(assessment.get(), s, asOf));
        return totals.map(t -> new ProvenanceExplainer(reader, scheme.get(), t, asOf).explain(query.part(), query.code()));
    }

    private Optional<AssessmentTotalsView> totals(AssessmentRecord assessment, Instant asOf) {
        return reader.scheme(assessment.schemeId(), asOf).flatMap(scheme -> totals(assessment, scheme, asOf));
    }

    private Optional<AssessmentTotalsView> totals(AssessmentRecord assessment, SchemeShape scheme, Instant asOf) {
        List<ItemState> items = reader.items(List.of(assessment.assessmentId()), asOf)
                .getOrDefault(assessment.assessmentId(), List.of());
        String unitName = reader.unitNames(Set.of(assessment.unitId())).getOrDefault(assessment.unitId(), assessment.unitId());
        return TotalsCalculator.compute(assessment, unitName, scheme, items, asOf);
    }

    private static RankingRow row(Integer rank, AssessmentTotalsView t) {
        Map<String, Score> subtotals = new LinkedHashMap<>();
        for (CategorySubtotalView category : t.categories()) {
            subtotals.put(category.categoryCode(), category.subtotal());
        }
        return new RankingRow(rank, t.assessmentId(), t.unitId(), t.unitName(), t.status(), subtotals, t.base(), t.bonus(),
                t.total(), t.vetoed());
    }
}
