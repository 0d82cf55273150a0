package org.evaltrack.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.benchmarks.generator.GeneratedAssessment;
import org.evaltrack.benchmarks.generator.GeneratedData;
import org.evaltrack.command.account.AccountRegistration;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.query.ledger.FindTaskLedger;
import org.evaltrack.kernel.query.ledger.TaskLedgerView;
import org.evaltrack.kernel.query.totals.AssessmentTotalsView;
import org.evaltrack.kernel.query.totals.RankingView;
import org.evaltrack.kernel.query.trail.TrailPage;
import org.evaltrack.kernel.query.trail.FindAssessmentTrail;
import org.evaltrack.kernel.query.trail.TrailFilter;
import org.evaltrack.kernel.query.trail.TrailOrder;
import org.evaltrack.kernel.query.trail.TrailPaging;
import org.evaltrack.kernel.query.totals.FindAssessmentTotals;
import org.evaltrack.kernel.query.totals.FindSchemeRanking;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.query.answers.CurrentAnswers;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Query latency at {@code clients} concurrent clients, each asking about a random generated
 * assessment (or scheme): over HTTP as a reviewer (a personal bearer token, the real security chain and JSON),
 * and in process through the query gateway (the query handlers and their SQL alone).
 */
final class QueryRun {

    private static final String USER = "bench-reviewer";
    private static final String PASSWORD = "bench-reviewer-password";

    private QueryRun() {
    }

    enum Kind {
        TOTALS("totals"), TRAIL("trail, one indicator"), LEDGER("ledger"), RANKING("ranking"), AS_OF_TOTALS("totals asOf");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** {@code passwordCheckMs}: one BCrypt check of the reader's password, what HTTP Basic costs every request. */
    record Result(Map<Kind, LatencyStats> http, Map<Kind, LatencyStats> inProcess, Map<Kind, LatencyStats> computed,
                  double passwordCheckMs, LatencyStats sessionTotals) {
    }

    static Result run(ConfigurableApplicationContext context, GeneratedData data, Settings settings) throws Exception {
        context.getBean(AccountRegistration.class).registerIfAbsent(org.evaltrack.kernel.actor.UserId.of("user-" + USER), USER, PASSWORD, "基准测试审核员", Role.REVIEWER, null);
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        QueryGateway queries = context.getBean(QueryGateway.class);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String authorization = BearerToken.authorization(client, port, USER, PASSWORD);
        List<GeneratedAssessment> assessments = data.assessments();

        Map<Kind, LatencyStats> http = new LinkedHashMap<>();
        Map<Kind, LatencyStats> inProcess = new LinkedHashMap<>();
        Map<Kind, LatencyStats> computed = new LinkedHashMap<>();
        CurrentAnswers answers = context.getBean(CurrentAnswers.class);
        for (Kind kind : Kind.values()) {
            Function<GeneratedAssessment, String> path = switch (kind) {
                case TOTALS -> a -> "/api/assessments/" + a.assessmentId() + "/totals";
                case TRAIL -> a -> "/api/assessments/" + a.assessmentId() + "/trail?indicator=" + a.indicatorCode();
                case LEDGER -> a -> "/api/assessments/" + a.assessmentId() + "/ledger";
                case RANKING -> a -> "/api/schemes/" + a.schemeId() + "/ranking";
                case AS_OF_TOTALS -> a -> "/api/assessments/" + a.assessmentId() + "/totals?asOf=" + anInstantNear(a);
            };
            // computed first: it warms the database's pages and the JIT for both later runs, and the
            // in-process kept run fills the kept answers that HTTP then reads as well (same cache, same order)
            answers.setEnabled(false);
            try {
                computed.put(kind, inProcess(queries, kind, assessments, settings));
            } finally {
                answers.setEnabled(true);
            }
            inProcess.put(kind, inProcess(queries, kind, assessments, settings));
            http.put(kind, LoadDriver.run(settings.queryClients(), settings.warmUp(), settings.measured(), (c, n) -> {
                GeneratedAssessment a = assessments.get(ThreadLocalRandom.current().nextInt(assessments.size()));
                HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path.apply(a)))
                        .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(kind + " " + response.statusCode() + " " + new String(response.body(), StandardCharsets.UTF_8));
                }
            }));
        }
        // the same totals as a signed-in browser reads them, right after the bearer-token run of the same query
        String cookie = BrowserSession.cookie(client, port, USER, PASSWORD);
        LatencyStats session = LoadDriver.run(settings.queryClients(), settings.warmUp(), settings.measured(), (c, n) -> {
            GeneratedAssessment a = assessments.get(ThreadLocalRandom.current().nextInt(assessments.size()));
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + "/api/assessments/" + a.assessmentId() + "/totals")).header("Cookie", cookie).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("session totals " + response.statusCode());
            }
        });
        return new Result(http, inProcess, computed, passwordCheckMillis(context), session);
    }

    /** Through the query gateway: the handlers and their SQL, without HTTP and security. */
    private static LatencyStats inProcess(QueryGateway queries, Kind kind, List<GeneratedAssessment> assessments,
                                          Settings settings) throws InterruptedException {
        return LoadDriver.run(settings.queryClients(), settings.warmUp(), settings.measured(), (c, n) -> {
            GeneratedAssessment a = assessments.get(ThreadLocalRandom.current().nextInt(assessments.size()));
            Optional<?> answer = queries.query(query(kind, a), ResponseTypes.optionalInstanceOf(answerType(kind))).join();
            if (answer.isEmpty()) {
                throw new IllegalStateException(kind + " found nothing for " + a.assessmentId());
            }
        });
    }

    /** The stored hash checked as the security chain checks it, 20 times on one thread. */
    private static double passwordCheckMillis(ConfigurableApplicationContext context) throws java.sql.SQLException {
        String hash;
        try (java.sql.Connection connection = context.getBean(javax.sql.DataSource.class).getConnection();
             java.sql.PreparedStatement select = connection.prepareStatement("select password_hash from account where username = ?")) {
            select.setString(1, USER);
            try (java.sql.ResultSet row = select.executeQuery()) {
                row.next();
                hash = row.getString(1).replace("{bcrypt}", "");
            }
        }
        var encoder = new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder();
        encoder.matches(PASSWORD, hash);
        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            if (!encoder.matches(PASSWORD, hash)) {
                throw new IllegalStateException("the reader's password does not match its hash");
            }
        }
        return (System.nanoTime() - start) / 20 / 1e6;
    }

    private static Object query(Kind kind, GeneratedAssessment a) {
        AssessmentId id = AssessmentId.of(a.assessmentId());
        return switch (kind) {
            case TOTALS -> new FindAssessmentTotals(id, null);
            case TRAIL -> new FindAssessmentTrail(id, TrailFilter.indicator(a.indicatorCode()), TrailPaging.first(TrailOrder.NEWEST_FIRST));
            case LEDGER -> FindTaskLedger.ofAssessment(id);
            case RANKING -> new FindSchemeRanking(SchemeId.of(a.schemeId()), null, null);
            case AS_OF_TOTALS -> new FindAssessmentTotals(id, anInstantNear(a));
        };
    }

    /**
     * A different instant at every ask, as readers pick them, so no answer is kept from an earlier
     * ask; within a millisecond after the midpoint, so it stays inside the generated assessment's life.
     */
    private static java.time.Instant anInstantNear(GeneratedAssessment a) {
        return a.midpoint().plusNanos(ThreadLocalRandom.current().nextLong(1_000, 1_000_000));
    }

    private static Class<?> answerType(Kind kind) {
        return switch (kind) {
            case TOTALS, AS_OF_TOTALS -> AssessmentTotalsView.class;
            case TRAIL -> TrailPage.class;
            case LEDGER -> TaskLedgerView.class;
            case RANKING -> RankingView.class;
        };
    }

    static List<List<String>> rows(Result result) {
        List<List<String>> rows = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            LatencyStats h = result.http().get(kind);
            LatencyStats q = result.inProcess().get(kind);
            LatencyStats computed = result.computed().get(kind);
            rows.add(List.of(kind.label, Report.number(h.perSecond()), Report.number(h.p50()), Report.number(h.p95()),
                    Report.number(h.p99()), String.valueOf(h.errors()), Report.number(q.perSecond()), Report.number(q.p50()),
                    Report.number(q.p95()), Report.number(q.p99()), String.valueOf(q.errors() + computed.errors()),
                    Report.number(computed.p50()), Report.number(computed.p99())));
        }
        return rows;
    }

    static final List<String> HEADERS = List.of("query", "HTTP req/s", "HTTP p50 ms", "HTTP p95 ms", "HTTP p99 ms", "HTTP errors",
            "in-process q/s", "in-process p50 ms", "in-process p95 ms", "in-process p99 ms", "in-process errors",
            "computed p50 ms", "computed p99 ms");
}
