package org.evaltrack.query.web.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.query.FindScorecardsOfScheme;
import org.evaltrack.kernel.query.IndicatorScoreView;
import org.evaltrack.kernel.query.ScorecardView;
import org.evaltrack.kernel.query.discrepancy.DiscrepancyView;
import org.evaltrack.kernel.query.discrepancy.SubjectType;
import org.evaltrack.kernel.query.discrepancy.UnitDiscrepanciesView;
import org.evaltrack.kernel.query.discrepancy.FindSchemeDiscrepancies;
import org.evaltrack.kernel.query.discrepancy.SchemeDiscrepanciesView;
import org.evaltrack.kernel.query.ledger.FindTaskLedger;
import org.evaltrack.kernel.query.ledger.LedgerTaskView;
import org.evaltrack.kernel.query.ledger.TaskLedgerView;
import org.evaltrack.kernel.query.ledger.TrafficLight;
import org.evaltrack.kernel.query.totals.FindSchemeRanking;
import org.evaltrack.kernel.query.totals.RankingColumn;
import org.evaltrack.kernel.query.totals.RankingRow;
import org.evaltrack.kernel.query.totals.RankingView;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The dashboard's parts, each asked of a query handler: ranking, heat map, discrepancies, unit ledgers. */
@Component
class DashboardOverview {

    private final QueryGateway queries;
    private final MessageSource messages;

    /** The page texts (the command side has a message source of its own in the same context). */
    DashboardOverview(QueryGateway queries, @Qualifier("messageSource") MessageSource messages) {
        this.queries = queries;
        this.messages = messages;
    }

    Optional<Dashboard> of(SchemeId scheme, Locale locale) {
        return ranking(scheme).map(ranking -> {
            SchemeDiscrepanciesView found = ask(new FindSchemeDiscrepancies(scheme), SchemeDiscrepanciesView.class).orElse(null);
            List<ScorecardView> scorecards = queries.query(new FindScorecardsOfScheme(scheme),
                    ResponseTypes.multipleInstancesOf(ScorecardView.class)).join();
            Map<String, Set<String>> claimed = new HashMap<>();
            Map<String, String> categoryOf = new HashMap<>();
            for (ScorecardView card : scorecards) {
                for (IndicatorScoreView indicator : card.indicators()) {
                    categoryOf.put(indicator.indicatorCode(), indicator.categoryCode());
                    if (indicator.claimedScore() != null) {
                        claimed.computeIfAbsent(card.assessmentId().value(), k -> new HashSet<>()).add(indicator.categoryCode());
                    }
                }
            }
            return new Dashboard(ranking, discrepancies(found, categoryOf, locale), overdueByLeader(ranking),
                    HeatMap.of(ranking, claimed));
        });
    }

    Optional<ChartData> chart(SchemeId scheme, Locale locale) {
        return ranking(scheme).map(ranking -> {
            List<String> units = ranking.rows().stream().map(RankingRow::unitName).toList();
            List<ChartData.Series> series = new ArrayList<>();
            for (RankingColumn column : ranking.categories()) {
                series.add(new ChartData.Series(column.name(), ranking.rows().stream()
                        .map(row -> value(row.categorySubtotals().get(column.categoryCode()))).toList()));
            }
            series.add(new ChartData.Series(messages.getMessage("dashboard.chart.bonus", null, locale),
                    ranking.rows().stream().map(row -> value(row.bonus())).toList()));
            return new ChartData(ranking.title(), units, series);
        });
    }

    private Optional<RankingView> ranking(SchemeId scheme) {
        return ask(new FindSchemeRanking(scheme, null, null), RankingView.class);
    }

    /**
     * Scheme-level ones first, then each unit's, each with its message in the reader's language and a link to what it
     * concerns: a unit's indicator or category in the drill-down, else the unit's page; the scheme's own lead to the
     * heat map's column of their category.
     *
     * @param categoryOf each indicator's category code
     */
    private static List<DiscrepancyLine> discrepancies(SchemeDiscrepanciesView found, Map<String, String> categoryOf, Locale locale) {
        if (found == null) {
            return List.of();
        }
        List<DiscrepancyLine> lines = new ArrayList<>();
        found.schemeDiscrepancies().forEach(d -> lines.add(line(null, d, schemeLink(d, categoryOf), locale)));
        found.units().forEach(unit -> unit.discrepancies().forEach(d -> lines.add(line(unit, d, unitLink(unit, d), locale))));
        return lines;
    }

    private static String unitLink(UnitDiscrepanciesView unit, DiscrepancyView d) {
        String page = "/assessments/" + unit.assessmentId().value() + "/scores";
        SubjectType type = d.subject() == null ? null : d.subject().type();
        if (type == SubjectType.INDICATOR) {
            return page + "/" + d.subject().code();
        }
        if (type == SubjectType.CATEGORY) {
            return page + "?open=" + d.subject().code() + "#category-" + d.subject().code();
        }
        return type == SubjectType.BONUS_CLAIM ? page + "#bonus" : page;
    }

    private static String schemeLink(DiscrepancyView d, Map<String, String> categoryOf) {
        SubjectType type = d.subject() == null ? null : d.subject().type();
        String category = type == SubjectType.CATEGORY ? d.subject().code()
                : type == SubjectType.INDICATOR ? categoryOf.get(d.subject().code()) : null;
        return category == null ? "#heatmap" : "#heat-" + category;
    }

    private static DiscrepancyLine line(UnitDiscrepanciesView unit, DiscrepancyView d, String href, Locale locale) {
        String message = d.message() == null ? d.kind().name()
                : "en".equals(locale.getLanguage()) ? d.message().en() : d.message().zhCn();
        return new DiscrepancyLine(unit == null ? null : unit.unitId().value(), unit == null ? null : unit.unitName(),
                d.severity().name(), d.kind().name(), message, href);
    }

    /** Red (overdue) open tasks of every ranked unit, grouped by leader, the most overdue tasks first. */
    private List<LeaderOverdue> overdueByLeader(RankingView ranking) {
        Set<UnitId> units = new LinkedHashSet<>();
        ranking.rows().forEach(row -> units.add(row.unitId()));
        Map<String, List<LedgerTaskView>> byLeader = new LinkedHashMap<>();
        for (UnitId unit : units) {
            ask(FindTaskLedger.ofUnit(unit), TaskLedgerView.class).ifPresent(ledger -> ledger.tasks().stream()
                    .filter(task -> !task.closed() && task.trafficLight() == TrafficLight.RED)
                    .forEach(task -> byLeader.computeIfAbsent(task.leaderId().value(), k -> new ArrayList<>()).add(task)));
        }
        return byLeader.values().stream()
                .map(tasks -> new LeaderOverdue(tasks.get(0).leaderName() == null ? tasks.get(0).leaderId().value() : tasks.get(0).leaderName(),
                        tasks.get(0).unitName(), tasks))
                .sorted(Comparator.comparingInt((LeaderOverdue l) -> -l.tasks().size()).thenComparing(LeaderOverdue::leaderName))
                .toList();
    }

    private static BigDecimal value(Score score) {
        return score == null ? BigDecimal.ZERO : score.value();
    }

    private <R> Optional<R> ask(Object query, Class<R> answer) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(answer)).join();
    }

    record Dashboard(RankingView ranking, List<DiscrepancyLine> discrepancies, List<LeaderOverdue> overdue, HeatMap heatMap) {
    }

    /**
     * @param unitId   null for the scheme's own (as {@code unitName})
     * @param href     where what it concerns is shown
     */
    record DiscrepancyLine(String unitId, String unitName, String severity, String kind, String message, String href) {
    }

    record LeaderOverdue(String leaderName, String unitName, List<LedgerTaskView> tasks) {
    }
}
