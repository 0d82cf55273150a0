package org.evaltrack.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole harness in one run (BENCHMARKS.md): appends against the raw-JDBC baseline, then for
 * each data size (smallest first) bulk generation, replay of all projections and query latency;
 * then the targets, met or not. Results go to {@code benchmarks/results/latest.md}.
 * <p>
 * {@code ./mvnw -B -pl benchmarks -am spring-boot:run} (arguments: {@link Settings}).
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Settings settings = Settings.parse(args);
        BenchDatabase database = new BenchDatabase();
        database.ensureDatabase();
        Report report = new Report(Path.of("results"));
        report.title("Evaltrack benchmark results");
        report.line("machine: " + Report.machine() + "; PostgreSQL " + database.text("show server_version")
                + " at " + database.server() + " (synchronous_commit=" + database.text("show synchronous_commit")
                + ", shared_buffers=" + database.text("show shared_buffers") + ")");
        report.line("arguments: `" + String.join(" ", args) + "`; measured period per load run " + settings.measured().toSeconds()
                + " s after " + settings.warmUp().toSeconds() + " s warm-up; " + settings.queryClients() + " query clients");
        report.line("load at start: `" + Report.uptime() + "`");

        AppendRun.Result appends = settings.appends() ? AppendRun.run(database, settings, report) : null;

        Map<String, ReplayRun.Result> replays = new LinkedHashMap<>();
        Map<String, QueryRun.Result> queries = new LinkedHashMap<>();
        boolean first = true;
        double eventsPerSecond = Double.NaN;
        for (Settings.Sized size : settings.sizes()) {
            String schema = "bench_" + size.label().toLowerCase();
            double elapsed = (System.nanoTime() - started) / 1e9;
            double estimate = settings.estimatedSeconds(size, eventsPerSecond);
            if (elapsed + estimate > settings.budget().toSeconds()) {
                report.section("Data set " + size.label() + ": skipped");
                report.line(String.format(java.util.Locale.ROOT, "Skipped to stay within the run's budget of %d min: %.0f s"
                                + " spent, about %.0f s needed at the replay rate measured so far (%s events/s). Run it alone with"
                                + " `-Dspring-boot.run.arguments=\"--skip-appends --sizes=%s\"`.",
                        settings.budget().toMinutes(), elapsed, estimate, Report.number(eventsPerSecond), size.label()));
                continue;
            }
            report.section("Data set " + size.label() + ": replay and queries");
            database.freshSchema(schema);
            try (ConfigurableApplicationContext context = BenchmarkSystem.start(database.args(schema))) {
                ReplayRun.GeneratedDataAndResult replay = ReplayRun.run(context, database, schema, size,
                        first && settings.rebuildSmallest());
                first = false;
                ReplayRun.Result r = replay.result();
                replays.put(size.label(), r);
                eventsPerSecond = r.eventsPerSecond();
                report.line(String.format(java.util.Locale.ROOT,
                        "%,d events (%d schemes × %d units, %d assessments, %d events each) bulk-loaded in %s s",
                        r.events(), size.shape().schemes(), size.shape().unitsPerScheme(), size.shape().assessments(),
                        size.shape().eventsPerAssessment(), Report.number(r.generateSeconds())));
                List<List<String>> rows = new ArrayList<>();
                rows.add(List.of("all projections from an empty store", Report.number(r.replaySeconds()),
                        Report.number(r.eventsPerSecond())));
                r.groupSeconds().forEach((group, seconds) -> rows.add(List.of("  group " + group + " caught up",
                        Report.number(seconds), Report.number(r.events() / seconds))));
                if (!Double.isNaN(r.rebuildSeconds())) {
                    rows.add(List.of("rebuild all (POST /api/projections/rebuild path)", Report.number(r.rebuildSeconds()),
                            Report.number(r.events() / r.rebuildSeconds())));
                }
                report.table(List.of("replay", "seconds", "events/s"), rows);
                report.line("dead letters after the replay: " + r.deadLetters());
                if (r.readsDuringRebuild() != null) {
                    long[] reads = r.readsDuringRebuild();
                    report.line(String.format(java.util.Locale.ROOT, "totals read by 50 clients during the rebuild, each compared with "
                            + "its answer before it: %,d answers, %d errors, %d empty, %d different", reads[0], reads[1], reads[2], reads[3]));
                }
                report.line(String.format(java.util.Locale.ROOT, "CPU time of the JVM during the replay: %s s (%s ms per 1,000 events;"
                                + " PostgreSQL's not counted)", Report.number(r.replayCpuSeconds()),
                        Report.number(r.replayCpuSeconds() * 1e6 / r.events())));
                report.line(String.format(java.util.Locale.ROOT, "CPU time of the PostgreSQL server's processes during the replay: %s s"
                                + " (%s ms per 1,000 events; from /proc, on this machine)", Report.number(r.postgresCpuSeconds()),
                        Report.number(r.postgresCpuSeconds() * 1e6 / r.events())));
                report.line("load after the replay: `" + Report.uptime() + "`");
                if (!settings.queries()) {
                    continue;
                }
                QueryRun.Result q = QueryRun.run(context, replay.data(), settings);
                queries.put(size.label(), q);
                report.table(QueryRun.HEADERS, QueryRun.rows(q));
                LatencyStats session = q.sessionTotals();
                LatencyStats bearer = q.http().get(QueryRun.Kind.TOTALS);
                report.line(String.format(java.util.Locale.ROOT, "Totals over HTTP with a browser session (sign-in form, cookie): %s req/s,"
                                + " p50 %s ms, p99 %s ms, %d errors; %s× the bearer-token run of the same query.",
                        Report.number(session.perSecond()), Report.number(session.p50()), Report.number(session.p99()), session.errors(),
                        Report.number(session.perSecond() / bearer.perSecond())));
                report.line("One BCrypt check of the reader's password (the HTTP runs use a bearer token; HTTP Basic would add this to every request): "
                        + Report.number(q.passwordCheckMs()) + " ms on one thread.");
                report.line("load at end: `" + Report.uptime() + "`");
            }
        }
        Targets.summarise(report, appends, replays, queries);
        System.exit(0);
    }
}
