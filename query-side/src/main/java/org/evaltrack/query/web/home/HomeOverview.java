package org.evaltrack.query.web.home;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.query.totals.AssessmentChoices;
import org.evaltrack.kernel.query.totals.SchemeChoices;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.query.discrepancy.AssessmentDiscrepanciesView;
import org.evaltrack.kernel.query.discrepancy.DiscrepancyKind;
import org.evaltrack.kernel.query.discrepancy.DiscrepancyView;
import org.evaltrack.kernel.query.discrepancy.FindAssessmentDiscrepancies;
import org.evaltrack.kernel.query.ledger.FindTaskLedger;
import org.evaltrack.kernel.query.ledger.LedgerTaskView;
import org.evaltrack.kernel.query.ledger.TaskLedgerView;
import org.evaltrack.kernel.query.totals.AssessmentChoice;
import org.evaltrack.kernel.query.totals.AssessmentTotalsView;
import org.evaltrack.kernel.query.totals.FindAssessmentTotals;
import org.evaltrack.kernel.query.totals.FindSchemeRanking;
import org.evaltrack.kernel.query.totals.ListAssessments;
import org.evaltrack.kernel.query.totals.ListSchemes;
import org.evaltrack.kernel.query.totals.RankingRow;
import org.evaltrack.kernel.query.totals.RankingView;
import org.evaltrack.kernel.query.totals.SchemeChoice;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.query.admin.DeadLetteredProjection;
import org.evaltrack.query.admin.ProjectionAdmin;
import org.evaltrack.query.admin.ProjectionStatus;
import org.evaltrack.query.admin.RebuildProgress;
import org.evaltrack.query.security.QueryUser;
import org.springframework.stereotype.Component;

/**
 * What each role has to do next, asked of the query handlers (totals, discrepancies, ledgers), so
 * the home page says nothing the API would not.
 */
@Component
class HomeOverview {

    private final QueryGateway queries;
    private final ProjectionAdmin projections;

    HomeOverview(QueryGateway queries, ProjectionAdmin projections) {
        this.queries = queries;
        this.projections = projections;
    }

    /** A submitter's unit: each assessment's status, the indicators still without a claim, the ledger's next due tasks. */
    SubmitterHome submitter(QueryUser user) {
        List<AssessmentDue> assessments = new ArrayList<>();
        if (user.unitId() != null) {
            for (AssessmentChoice choice : answer(new ListAssessments(user.unitId()), AssessmentChoices.class).assessments()) {
                AssessmentId id = choice.assessmentId();
                Optional<AssessmentTotalsView> totals = ask(new FindAssessmentTotals(id), AssessmentTotalsView.class);
                Optional<AssessmentDiscrepanciesView> found = ask(new FindAssessmentDiscrepancies(id), AssessmentDiscrepanciesView.class);
                totals.ifPresent(view -> assessments.add(new AssessmentDue(view,
                        found.map(HomeOverview::missingClaims).orElse(List.of()))));
            }
        }
        List<LedgerTaskView> openTasks = user.unitId() == null ? List.of()
                : ask(FindTaskLedger.ofUnit(user.unitId()), TaskLedgerView.class)
                .map(view -> view.tasks().stream().filter(task -> !task.closed()).toList())
                .orElse(List.of());
        return new SubmitterHome(assessments, openTasks);
    }

    /** Every submitted assessment of every scheme: each waits for a reviewer. */
    ReviewerHome reviewer() {
        List<RankingRow> waiting = new ArrayList<>();
        for (SchemeId scheme : schemes()) {
            ranking(scheme).ifPresent(view -> view.rows().stream()
                    .filter(row -> row.status() == AssessmentStatus.SUBMITTED)
                    .forEach(waiting::add));
        }
        return new ReviewerHome(waiting);
    }

    /** The leader's own open tasks, overdue first (the ledger's order). */
    LeaderHome leader(QueryUser user) {
        TaskLedgerView ledger = ask(FindTaskLedger.ofLeader(user.userId()), TaskLedgerView.class)
                .orElseThrow(() -> new IllegalStateException("a leader ledger is always answered"));
        return new LeaderHome(ledger.counts().open(), ledger.counts().overdue(),
                ledger.tasks().stream().filter(task -> !task.closed()).toList());
    }

    /** How many schemes, how many assessments stand in each status, and which read models hold dead letters. */
    AdminHome admin() {
        List<SchemeId> schemes = schemes();
        Map<AssessmentStatus, Integer> byStatus = new EnumMap<>(AssessmentStatus.class);
        for (AssessmentStatus status : AssessmentStatus.values()) {
            byStatus.put(status, 0);
        }
        for (SchemeId scheme : schemes) {
            ranking(scheme).ifPresent(view -> view.rows()
                    .forEach(row -> byStatus.merge(row.status(), 1, Integer::sum)));
        }
        List<RebuildProgress> rebuilds = projections.statuses().stream()
                .map(ProjectionStatus::rebuild).filter(java.util.Objects::nonNull).toList();
        return new AdminHome(schemes.size(), byStatus, projections.deadLettered(), rebuilds);
    }

    /** Newest year first: the ranking query answers per scheme, so the page asks which there are. */
    private List<SchemeId> schemes() {
        return answer(new ListSchemes(), SchemeChoices.class).schemes().stream().map(SchemeChoice::schemeId).toList();
    }

    private Optional<RankingView> ranking(SchemeId scheme) {
        return ask(new FindSchemeRanking(scheme, null, null), RankingView.class);
    }

    private static List<DiscrepancyView> missingClaims(AssessmentDiscrepanciesView view) {
        return view.discrepancies().stream().filter(d -> d.kind() == DiscrepancyKind.MISSING_CLAIM).toList();
    }

    private <R> Optional<R> ask(Object query, Class<R> answer) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(answer)).join();
    }

    private <R> R answer(Object query, Class<R> answer) {
        return queries.query(query, ResponseTypes.instanceOf(answer)).join();
    }

    record AssessmentDue(AssessmentTotalsView totals, List<DiscrepancyView> missingClaims) {
    }

    record SubmitterHome(List<AssessmentDue> assessments, List<LedgerTaskView> openTasks) {
    }

    record ReviewerHome(List<RankingRow> awaitingReview) {
    }

    record LeaderHome(int open, int overdue, List<LedgerTaskView> openTasks) {
    }

    /** {@code deadLettered}: a fault is never silent, the office sees it on its first page. */
    record AdminHome(int schemes, Map<AssessmentStatus, Integer> assessmentsByStatus, List<DeadLetteredProjection> deadLettered,
                     List<RebuildProgress> rebuilds) {
    }
}
