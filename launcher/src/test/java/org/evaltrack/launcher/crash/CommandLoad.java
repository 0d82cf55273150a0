package org.evaltrack.launcher.crash;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.evaltrack.launcher.e2e.HttpApi;

/**
 * Several clients sending commands over HTTP, each with its own Idempotency-Key, until stopped:
 * one submitter per seeded unit (score claims and evidence uploads on its own assessment) and a
 * reviewer (adjustments on the demo township's submitted assessment). Every request carries a
 * unique marker (narrative, file name, reason) by which its event is found in the store; every
 * answer, or the failure to get one, is recorded.
 */
final class CommandLoad implements AutoCloseable {

    static final String SCHEME = "scheme-2019-suining";
    static final String REVIEWED = "assessment-2019-dongshan";
    /** Indicators of the demo scheme worth at least 2 points, which the demo township claimed. */
    static final List<String> INDICATORS = List.of("1.1.1", "1.1.2", "1.1.3", "1.2.3", "1.2.4", "1.2.5", "1.2.6", "1.2.7");

    enum Kind { CLAIM, EVIDENCE, ADJUSTMENT }

    /** status -1: no answer (connection refused or cut). */
    record Outcome(String marker, Kind kind, int status, HttpApi.Answer answer, String failure) {

        boolean acknowledged() {
            return status / 100 == 2;
        }

        boolean unanswered() {
            return status < 0;
        }
    }

    record Submitter(String username, String assessmentId) {
    }

    private final Supplier<HttpApi> http;
    private final String run;
    private final List<Submitter> submitters;
    private final ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
    private final List<Thread> clients = new ArrayList<>();
    private volatile boolean running;

    CommandLoad(Supplier<HttpApi> http, String run, List<Submitter> submitters) {
        this.http = http;
        this.run = run;
        this.submitters = submitters;
    }

    /** New units, a submitter account for each and an assessment under the demo scheme, all over HTTP as the admin. */
    static List<Submitter> seed(HttpApi http, String run, int count) {
        List<Submitter> seeded = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String unitId = created(http.post("office", "/api/units",
                    "{\"name\":\"负载测试乡%s-%d\",\"kind\":\"TOWNSHIP\"}".formatted(run, i))).id();
            String username = "load-" + run + "-" + i;
            created(http.post("office", "/api/accounts", """
                    {"username":"%s","password":"%s","displayName":"负载测试员%d","role":"SUBMITTER","unitId":"%s"}"""
                    .formatted(username, HttpApi.PASSWORD, i, unitId)));
            String assessmentId = created(http.post("office", "/api/assessments",
                    "{\"schemeId\":\"%s\",\"unitId\":\"%s\"}".formatted(SCHEME, unitId))).id();
            seeded.add(new Submitter(username, assessmentId));
        }
        return seeded;
    }

    private static HttpApi.Answer created(HttpApi.Answer answer) {
        if (answer.status() / 100 != 2) {
            throw new IllegalStateException("seeding refused: " + answer);
        }
        return answer;
    }

    void start() {
        running = true;
        for (int i = 0; i < submitters.size(); i++) {
            Submitter submitter = submitters.get(i);
            int client = i;
            clients.add(client("load-submitter-" + i, () -> loop(client, n -> submit(submitter, client, n))));
        }
        int reviewer = submitters.size();
        clients.add(client("load-reviewer", () -> loop(reviewer, n -> adjust(reviewer, n))));
    }

    private static Thread client(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private void loop(int client, java.util.function.IntFunction<Outcome> request) {
        for (int n = 0; running; n++) {
            Outcome outcome = request.apply(n);
            outcomes.add(outcome);
            // a client that cannot connect backs off a little, as a real one would
            LauncherProcess.pause(Duration.ofMillis(outcome.unanswered() ? 200 : 15));
        }
    }

    private Outcome submit(Submitter submitter, int client, int n) {
        String marker = marker(client, n);
        String indicator = INDICATORS.get(n % INDICATORS.size());
        String base = "/api/assessments/" + submitter.assessmentId();
        if (n % 2 == 0) {
            return send(marker, Kind.CLAIM, () -> http.get().put(submitter.username(), base + "/claims/" + indicator,
                    "{\"claimedScore\":%s,\"narrative\":\"%s\"}".formatted(n % 4 == 0 ? "1" : "1.5", marker),
                    "Idempotency-Key", marker));
        }
        return send(marker, Kind.EVIDENCE, () -> http.get().upload(submitter.username(), base + "/evidence",
                marker + ".txt", "text/plain", ("佐证 " + marker).getBytes(StandardCharsets.UTF_8),
                Map.of("indicatorCodes", List.of(indicator)), "Idempotency-Key", marker));
    }

    private Outcome adjust(int client, int n) {
        String marker = marker(client, n);
        String indicator = INDICATORS.get(n % INDICATORS.size());
        return send(marker, Kind.ADJUSTMENT, () -> http.get().post("reviewer", "/api/assessments/" + REVIEWED + "/adjustments",
                "{\"indicatorCode\":\"%s\",\"newScore\":%s,\"reason\":\"%s\"}".formatted(indicator, n % 2 == 0 ? "1" : "0.5", marker),
                "Idempotency-Key", marker));
    }

    private String marker(int client, int n) {
        // fixed width: no marker is the beginning of another
        return "load-%s-c%d-%06d".formatted(run, client, n);
    }

    private static Outcome send(String marker, Kind kind, Supplier<HttpApi.Answer> request) {
        try {
            HttpApi.Answer answer = request.get();
            return new Outcome(marker, kind, answer.status(), answer, null);
        } catch (RuntimeException e) {
            return new Outcome(marker, kind, -1, null, e.toString());
        }
    }

    long count(Predicate<Outcome> which) {
        return outcomes.stream().filter(which).count();
    }

    /** Waits (polling) until at least this many answers match; fails after the patience. */
    void awaitAtLeast(long wanted, Predicate<Outcome> which, Duration patience, String what) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (count(which) < wanted) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + patience + " for " + wanted + " " + what + ", got " + count(which)
                        + "; answers so far: " + summary());
            }
            LauncherProcess.pause(Duration.ofMillis(100));
        }
    }

    List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    String summary() {
        Map<Integer, Long> byStatus = new java.util.TreeMap<>();
        outcomes.forEach(outcome -> byStatus.merge(outcome.status(), 1L, Long::sum));
        return byStatus.toString();
    }

    /** Stops the clients and waits for their last requests to end. */
    void stop() throws InterruptedException {
        running = false;
        for (Thread client : clients) {
            client.join(TimeUnit.SECONDS.toMillis(90));
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
