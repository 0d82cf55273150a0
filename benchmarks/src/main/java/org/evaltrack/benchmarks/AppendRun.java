package org.evaltrack.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.jpa.DomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.evaltrack.benchmarks.append.AppendFixture;
import org.evaltrack.benchmarks.append.AppendTargets;
import org.evaltrack.benchmarks.append.CommandAppendBenchmark;
import org.evaltrack.benchmarks.append.RawInsertBenchmark;
import org.evaltrack.command.account.AccountRegistration;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.assessment.ClaimScore;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.query.admin.ProjectionAdmin;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Appends: commands per second (one event each) through the real command path in process (JMH)
 * and over HTTP (the load driver), at 1 and 8 clients, beside single-row INSERT transactions into a
 * table shaped like the event table on the same PostgreSQL (JMH), at the same client counts.
 */
final class AppendRun {

    static final String SCHEMA = "bench_appends";
    static final int[] CLIENTS = {1, 8};
    private static final String USER = "bench-office";
    private static final String PASSWORD = "bench-office-password";

    private AppendRun() {
    }

    /** Ratio of command-path to raw-insert rate per client count, for the summary. */
    record Result(Map<Integer, Double> raw, Map<Integer, Double> inProcess, Map<Integer, Double> http,
                  Map<Integer, Double> paused, Map<Integer, LatencyStats> lag) {
    }

    static Result run(BenchDatabase database, Settings settings, Report report) throws Exception {
        report.section("Appends: command path vs raw JDBC single-row inserts");
        database.freshSchema(SCHEMA);
        Map<Integer, Double> raw = new java.util.TreeMap<>();
        Map<Integer, Double> inProcess = new java.util.TreeMap<>();
        Map<Integer, Double> http = new java.util.TreeMap<>();
        Map<Integer, Double> paused = new java.util.TreeMap<>();
        Map<Integer, LatencyStats> lag = new java.util.TreeMap<>();
        try (ConfigurableApplicationContext context = BenchmarkSystem.start(database.args(SCHEMA))) {
            CommandGateway commands = context.getBean(CommandGateway.class);
            DataSource dataSource = context.getBean(DataSource.class);
            Serializer eventSerializer = context.getBean("eventSerializer", Serializer.class);
            for (String ddl : RawInsertBenchmark.ddl()) {
                database.execute(SCHEMA, ddl);
            }
            AppendFixture jmhFixture = AppendFixture.create(commands, "jmh", settings.appendAssessments());
            AppendFixture httpFixture = AppendFixture.create(commands, "http", settings.appendAssessments());
            DomainEventEntry sample = sampleRow(eventSerializer);
            AppendTargets.set(jmhFixture, dataSource, (byte[]) sample.getPayload().getData(), (byte[]) sample.getMetaData().getData());
            context.getBean(AccountRegistration.class).registerIfAbsent(org.evaltrack.kernel.actor.UserId.of("user-" + USER), USER, PASSWORD, "基准测试", Role.ADMIN, null);
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();

            List<List<String>> rows = new ArrayList<>();
            for (int clients : CLIENTS) {
                LatencyStats baseline = jmh(RawInsertBenchmark.class.getName() + ".insertOneEvent", clients, settings);
                LatencyStats command;
                try (ReadSideLag probe = ReadSideLag.start(context)) {
                    command = jmh(CommandAppendBenchmark.class.getName() + ".claimScore", clients, settings);
                    lag.put(clients, probe.stats());
                }
                LatencyStats overHttp = http(port, httpFixture, clients, settings);
                // the same with the read side's processors stopped: what the projections, catching up on
                // the same two cores, take from the command path
                LatencyStats alone = withProjectionsPaused(context, () -> jmh(CommandAppendBenchmark.class.getName() + ".claimScore", clients, settings));
                raw.put(clients, baseline.perSecond());
                inProcess.put(clients, command.perSecond());
                http.put(clients, overHttp.perSecond());
                paused.put(clients, alone.perSecond());
                rows.add(row("raw JDBC single-row INSERT", clients, baseline, baseline));
                rows.add(row("command path, in process (JMH)", clients, command, baseline));
                rows.add(row("command path, in process, projections paused (JMH)", clients, alone, baseline));
                rows.add(row("command path, HTTP PUT claim", clients, overHttp, baseline));
            }
            report.table(List.of("what", "clients", "ops/s (= events/s)", "p50 ms", "p99 ms", "errors", "ratio to raw"), rows);
            List<List<String>> lags = new ArrayList<>();
            lag.forEach((clients, stats) -> lags.add(List.of(String.valueOf(clients), String.valueOf(stats.count()),
                    Report.number(stats.p50()), Report.number(stats.p99()), Report.number(stats.max()))));
            report.line("Read-side lag during the in-process runs: from an event's timestamp (taken before its commit) "
                    + "to the read side's position covering it, i.e. visible in the totals and every other view.");
            report.table(List.of("clients", "events", "p50 ms", "p99 ms", "max ms"), lags);
            report.line("Each command is a score claim (`ClaimScore`), which stores exactly one event (`ScoreClaimed`), "
                    + "so commands/s = events/s. Events in the store after the runs: "
                    + database.count(SCHEMA, "select count(*) from domain_event_entry") + "; raw rows: "
                    + database.count(SCHEMA, "select count(*) from " + "raw_event") + ".");
            report.line("load at end: `" + Report.uptime() + "`");
        }
        return new Result(raw, inProcess, http, paused, lag);
    }

    interface Measurement {
        LatencyStats run() throws Exception;
    }

    /** Stops the streaming processors (the subscribing ones belong to the command path), measures, starts them again. */
    private static LatencyStats withProjectionsPaused(ConfigurableApplicationContext context, Measurement measurement) throws Exception {
        var processors = context.getBean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                .filter(p -> p instanceof StreamingEventProcessor).toList();
        processors.forEach(EventProcessor::shutDown);
        try {
            return measurement.run();
        } finally {
            processors.forEach(EventProcessor::start);
            // the next run must not share the machine with the backlog the paused one left
            ReplayRun.awaitCaughtUp(context.getBean(ProjectionAdmin.class), System.nanoTime());
        }
    }

    private static List<String> row(String what, int clients, LatencyStats stats, LatencyStats baseline) {
        return List.of(what, String.valueOf(clients), Report.number(stats.perSecond()), Report.number(stats.p50()),
                Report.number(stats.p99()), String.valueOf(stats.errors()),
                Report.number(stats.perSecond() / baseline.perSecond()) + "×");
    }

    /** JMH in this JVM (forks = 0): the benchmark measures the context started above. */
    private static LatencyStats jmh(String benchmark, int threads, Settings settings) throws RunnerException {
        var options = new OptionsBuilder()
                .include("^" + benchmark.replace(".", "\\.") + "$")
                .forks(0)
                .threads(threads)
                .mode(Mode.SampleTime)
                .timeUnit(TimeUnit.MILLISECONDS)
                .warmupIterations(1)
                .warmupTime(TimeValue.seconds(settings.warmUp().toSeconds()))
                .measurementIterations(1)
                .measurementTime(TimeValue.seconds(settings.measured().toSeconds()))
                .shouldFailOnError(true)
                .build();
        RunResult result = new Runner(options).runSingle();
        Statistics statistics = result.getPrimaryResult().getStatistics();
        double meanMs = statistics.getMean();
        double seconds = settings.measured().toSeconds();
        // closed loop: each thread completes 1000/mean operations per second
        double perSecond = threads * 1000.0 / meanMs;
        return LatencyStats.of(Math.round(perSecond * seconds), seconds, statistics.getPercentile(50),
                statistics.getPercentile(95), statistics.getPercentile(99), statistics.getMax());
    }

    private static LatencyStats http(int port, AppendFixture fixture, int clients, Settings settings) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String authorization = BearerToken.authorization(client, port, USER, PASSWORD);
        return LoadDriver.run(clients, settings.warmUp(), settings.measured(), (c, n) -> {
            ClaimScore claim = fixture.claim(c, clients, n);
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/assessments/"
                            + claim.assessmentId().value() + "/claims/" + claim.indicatorCode()))
                    .header("Authorization", authorization)
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"claimedScore\":" + claim.claimedScore().value().toPlainString()
                            + ",\"narrative\":\"" + claim.narrative() + "\"}"))
                    .build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
        });
    }

    /** A real claim event serialized by the application's event serializer, for the baseline rows. */
    private static DomainEventEntry sampleRow(@Qualifier("eventSerializer") Serializer serializer) {
        ScoreClaimed event = new ScoreClaimed(org.evaltrack.kernel.assessment.AssessmentId.of("assessment-sample"),
                org.evaltrack.kernel.scheme.SchemeId.of("scheme-sample"), org.evaltrack.kernel.unit.UnitId.of("unit-sample"),
                "1.1", Score.of("1.5"), Score.of("2"), Score.of("2"), ScoringMode.STANDARD, "基准测试自评说明", List.of(), 2);
        var message = new GenericDomainEventMessage<>("UnitAssessment", "assessment-sample", 1, event,
                Map.of(ActorMetaData.USER_ID, AppendFixture.ADMIN_USER_ID, ActorMetaData.ROLE, Role.ADMIN.name(),
                        ActorMetaData.CORRELATION_ID, java.util.UUID.randomUUID().toString()));
        return new DomainEventEntry(message, serializer);
    }
}
