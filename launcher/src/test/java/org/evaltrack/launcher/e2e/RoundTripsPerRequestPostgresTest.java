package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one request costs in database round trips, counted from the driver's own protocol log on the
 * server's request threads: a signed-in read whose answer is kept asks only where the read side
 * stands, whether it signed in with a personal token or a browser session, and a review adjustment
 * over HTTP makes no more round trips than its own transaction needs (BENCHMARKS.md, "HTTP").
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundTripsPerRequestPostgresTest {

    private static final String ASSESSMENT = "assessment-2019-dongshan";
    private static final String TOTALS = "/api/assessments/" + ASSESSMENT + "/totals";

    private final RunningSystem system;
    private HttpApi api;
    private String bearer;

    RoundTripsPerRequestPostgresTest(PostgresTestDatabase database, @TempDir Path blobs) {
        this.system = new RunningSystem(database, blobs);
    }

    @BeforeAll
    void start() {
        system.start();
        api = system.http();
        HttpApi.Answer token = api.post("reviewer", "/api/tokens", "{\"name\":\"round trips\",\"expiresAt\":\""
                + java.time.Instant.now().plus(java.time.Duration.ofDays(30)) + "\"}");
        assertThat(token.status()).as(token.toString()).isEqualTo(201);
        bearer = "Bearer " + token.json().path("token").asText();
    }

    @AfterAll
    void stop() {
        system.close();
    }

    @Test
    void aKeptReadAsksTheDatabaseOnlyWhereTheReadSideStands() {
        try (PostgresRoundTrips trips = new PostgresRoundTrips()) {
            PostgresRoundTrips.Count token = fewest(trips, () -> assertThat(api.get(null, TOTALS, "Authorization", bearer).status())
                    .isEqualTo(200));
            PageSession browser = new PageSession(system.port()).signIn("reviewer");
            PostgresRoundTrips.Count session = fewest(trips, () -> assertThat(browser.get(TOTALS).statusCode()).isEqualTo(200));

            // the read side's position: one statement, in the query handler's transaction (BEGIN rides along, COMMIT is its own)
            assertThat(token.roundTrips()).as("bearer token: %s", token).isLessThanOrEqualTo(2);
            assertThat(session.roundTrips()).as("browser session: %s, bearer token: %s", session, token)
                    .isLessThanOrEqualTo(token.roundTrips() + 1);
        }
    }

    @Test
    void anAdjustmentOverHttpMakesOnlyTheRoundTripsOfItsOwnTransaction() {
        try (PostgresRoundTrips trips = new PostgresRoundTrips()) {
            int[] score = {0};
            PostgresRoundTrips.Count adjustment = fewest(trips, () -> {
                String json = "{\"indicatorCode\":\"1.2.2\",\"newScore\":1." + (++score[0]) + ",\"reason\":\"核对佐证后调整\"}";
                HttpApi.Answer answer = api.post(null, "/api/assessments/" + ASSESSMENT + "/adjustments", json, "Authorization", bearer);
                assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            });
            // the store's check of the kept assessment, the scheme's dates, the event (its index returned by the
            // insert), the chain's newest link read and locked at once, the new link, COMMIT; nothing for sign-in
            assertThat(adjustment.roundTrips()).as(adjustment.toString()).isLessThanOrEqualTo(6);
        }
    }

    /** The fewest of five: the first asks fill the sign-in cache and the kept answers, background work may add one. */
    private static PostgresRoundTrips.Count fewest(PostgresRoundTrips trips, Runnable request) {
        PostgresRoundTrips.Count fewest = null;
        for (int i = 0; i < 5; i++) {
            PostgresRoundTrips.Count count = trips.during(request);
            if (fewest == null || count.roundTrips() < fewest.roundTrips()) {
                fewest = count;
            }
        }
        return fewest;
    }
}
