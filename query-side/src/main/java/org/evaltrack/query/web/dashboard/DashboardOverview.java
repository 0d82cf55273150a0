package org.evaltrack.query.web.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.query.discrepancy.DiscrepancyView;
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

/** The dashboard's parts, each asked of a query handler: ranking, discrepancies, unit ledgers. */
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
            return new Dashboard(ranking, discrepancies(found, locale), overdueByLeader(ranking));
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

    /** Scheme-level ones first, then each unit's, each with its message in the reader's language. */
    private static List<DiscrepancyLine> discrepancies(SchemeDiscrepanciesView found, Locale locale) {
        if (found == null) {
            return List.of();
        }
        List<DiscrepancyLine> lines = new ArrayList<>();
        found.schemeDiscrepancies().forEach(d -> lines.add(line(null, d, locale)));
        found.units().forEach(unit -> unit.discrepancies().forEach(d -> lines.add(line(unit.unitName(), d, locale))));
        return lines;
    }

    private static DiscrepancyLine line(String unitName, DiscrepancyView d, Locale locale) {
        String message = d.message() == null ? d.kind().name()
                : "en".equals(locale.getLanguage()) ? d.message().en() : d.message().zhCn();
        return new DiscrepancyLine(unitName, d.severity().name(), d.kind().name(), message);
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

    record Dashboard(RankingView ranking, List<DiscrepancyLine> discrepancies, List<LeaderOverdue> overdue) {
    }

    /** @param unitName null for the scheme's own */
    record DiscrepancyLine(String unitName, String severity, String kind, String message) {
    }

    record LeaderOverdue(String leaderName, String unitName, List<LedgerTaskView> tasks) {
    }
}
