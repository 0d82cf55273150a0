package org.evaltrack.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The targets of the issue, each with the figure this run measured and whether it is met. */
final class Targets {

    private Targets() {
    }

    static void summarise(Report report, AppendRun.Result appends, Map<String, ReplayRun.Result> replays,
                          Map<String, QueryRun.Result> queries) {
        report.section("Targets");
        List<List<String>> rows = new ArrayList<>();
        if (appends != null) {
            for (int clients : AppendRun.CLIENTS) {
                double raw = appends.raw().get(clients);
                rows.add(target("appends in process ≥ 0.5× raw, " + clients + " client(s)",
                        Report.number(appends.inProcess().get(clients) / raw) + "×", appends.inProcess().get(clients) / raw >= 0.5));
                double alone = appends.paused().get(clients);
                rows.add(target("appends with the read side running ≥ 0.8× paused, " + clients + " client(s)",
                        Report.number(appends.inProcess().get(clients) / alone) + "×", appends.inProcess().get(clients) / alone >= 0.8));
                rows.add(target("appends over HTTP ≥ 0.5× raw, " + clients + " client(s)",
                        Report.number(appends.http().get(clients) / raw) + "×", appends.http().get(clients) / raw >= 0.5));
                double http = appends.http().get(clients) / appends.inProcess().get(clients);
                rows.add(target("claims over HTTP ≥ 0.7× in process, " + clients + " client(s)", Report.number(http) + "×", http >= 0.7));
            }
            if (appends.paused().containsKey(8)) {
                double paused = appends.paused().get(8) / appends.raw().get(8);
                rows.add(target("command path, read side paused ≥ 0.35× raw, 8 clients", Report.number(paused) + "×", paused >= 0.35));
            }
        }
        if (appends != null && appends.lag().containsKey(8)) {
            double p99 = appends.lag().get(8).p99();
            rows.add(target("read-side lag p99 ≤ 250 ms, 8 clients appending", Report.number(p99) + " ms", p99 <= 250));
        }
        replays.forEach((size, r) -> {
            if (r.readsDuringRebuild() != null) {
                long[] reads = r.readsDuringRebuild();
                rows.add(target("a rebuild while 50 clients read: no error, empty or partial answer (" + size + ")",
                        reads[1] + " errors, " + reads[2] + " empty, " + reads[3] + " different of " + reads[0],
                        reads[0] > 0 && reads[1] + reads[2] + reads[3] == 0));
            }
        });
        replays.forEach((size, r) -> rows.add(target("replay ≥ 20,000 events/s (" + size + ")",
                Report.number(r.eventsPerSecond()) + " events/s", r.eventsPerSecond() >= 20_000)));
        queries.forEach((size, q) -> {
            for (QueryRun.Kind kind : List.of(QueryRun.Kind.TOTALS, QueryRun.Kind.TRAIL, QueryRun.Kind.LEDGER, QueryRun.Kind.RANKING)) {
                double ratio = q.http().get(kind).perSecond() / q.inProcess().get(kind).perSecond();
                rows.add(target(kind.label + " over HTTP ≥ 0.5× in process (" + size + ")", Report.number(ratio) + "×", ratio >= 0.5));
            }
            for (QueryRun.Kind kind : QueryRun.Kind.values()) {
                double bound = kind == QueryRun.Kind.RANKING || kind == QueryRun.Kind.AS_OF_TOTALS ? 150 : 100;
                rows.add(target(kind.label + " HTTP p99 ≤ " + (int) bound + " ms (" + size + ")",
                        Report.number(q.http().get(kind).p99()) + " ms", q.http().get(kind).p99() <= bound));
            }
            double session = q.sessionTotals().perSecond() / q.http().get(QueryRun.Kind.TOTALS).perSecond();
            rows.add(target("totals with a browser session within ±20% of a bearer token (" + size + ")", Report.number(session) + "×",
                    session >= 0.8 && session <= 1.2));
            for (QueryRun.Kind kind : List.of(QueryRun.Kind.TOTALS, QueryRun.Kind.TRAIL, QueryRun.Kind.LEDGER)) {
                rows.add(target(kind.label + " p99 ≤ 25 ms over HTTP (" + size + ")", Report.number(q.http().get(kind).p99()) + " ms",
                        q.http().get(kind).p99() <= 25));
                rows.add(target(kind.label + " p99 ≤ 25 ms in process (" + size + ")", Report.number(q.inProcess().get(kind).p99())
                                + " ms (computed at every ask: " + Report.number(q.computed().get(kind).p99()) + " ms)",
                        q.inProcess().get(kind).p99() <= 25));
            }
            rows.add(target("totals asOf p99 ≤ 100 ms over HTTP (" + size + ")",
                    Report.number(q.http().get(QueryRun.Kind.AS_OF_TOTALS).p99()) + " ms", q.http().get(QueryRun.Kind.AS_OF_TOTALS).p99() <= 100));
            rows.add(target("totals asOf p99 ≤ 100 ms in process (" + size + ")",
                    Report.number(q.inProcess().get(QueryRun.Kind.AS_OF_TOTALS).p99()) + " ms",
                    q.inProcess().get(QueryRun.Kind.AS_OF_TOTALS).p99() <= 100));
        });
        List<String> sizes = new ArrayList<>(replays.keySet());
        for (int i = 1; i < sizes.size(); i++) {
            ReplayRun.Result small = replays.get(sizes.get(i - 1));
            ReplayRun.Result large = replays.get(sizes.get(i));
            double dataRatio = (double) large.events() / small.events();
            double timeRatio = large.replaySeconds() / small.replaySeconds();
            rows.add(target("replay time grows at most with the data (" + sizes.get(i - 1) + " → " + sizes.get(i) + ", "
                    + Report.number(dataRatio) + "× the events)", Report.number(timeRatio) + "× the time", timeRatio <= dataRatio));
            QueryRun.Result qs = queries.get(sizes.get(i - 1));
            QueryRun.Result ql = queries.get(sizes.get(i));
            if (qs == null || ql == null) {
                continue;
            }
            for (QueryRun.Kind kind : QueryRun.Kind.values()) {
                double growth = ql.inProcess().get(kind).p50() / qs.inProcess().get(kind).p50();
                rows.add(target(kind.label + " latency flat in process (" + sizes.get(i - 1) + " → " + sizes.get(i) + ", p50 within 1.5×)",
                        Report.number(growth) + "×", growth <= 1.5));
            }
        }
        report.table(List.of("target", "measured", "met"), rows);
    }

    private static List<String> target(String what, String measured, boolean met) {
        return List.of(what, measured, met ? "yes" : "**no**");
    }
}
