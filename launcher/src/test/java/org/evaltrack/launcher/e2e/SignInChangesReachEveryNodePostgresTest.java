package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.evaltrack.command.CommandSideApplication;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.evaltrack.websupport.signin.SignInCache;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Each node keeps who a token or an account is for a short while (docs/sign-in.md, "Sign-in caching").
 * A token revoked through one node and an account disabled in the database stop working on every
 * node within that bound: the whole system and a second command-side node, each of which has just
 * used the token, so each has it cached.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInChangesReachEveryNodePostgresTest {

    /** A token's answer from the command side: 403 while it signs in (tokens may not make tokens), 401 once refused. */
    private static final String TOKENS = "/api/tokens";
    private static final Duration SLACK = Duration.ofSeconds(2);

    private final PostgresTestDatabase database;
    private final RunningSystem first;
    private final Path blobs;
    private ConfigurableApplicationContext second;
    private Duration bound;

    SignInChangesReachEveryNodePostgresTest(PostgresTestDatabase database, @TempDir Path blobs) {
        this.database = database;
        this.blobs = blobs;
        this.first = new RunningSystem(database, blobs);
    }

    @BeforeAll
    void start() {
        first.start();
        second = CommandSideApplication.run(database.args("--server.port=0", "--evaltrack.demo.enabled=false",
                "--evaltrack.blobs.dir=" + blobs.toAbsolutePath()));
        bound = first.bean(SignInCache.class).bound();
        assertThat(second.getBean(SignInCache.class).bound()).isEqualTo(bound);
    }

    @AfterAll
    void stop() {
        if (second != null) {
            second.close();
        }
        first.close();
    }

    @Test
    void aRevokedTokenIsRefusedAtOnceWhereItWasRevokedAndWithinTheBoundElsewhere() {
        String bearer = token("reviewer");
        HttpApi here = first.http();
        HttpApi there = new HttpApi(((WebServerApplicationContext) second).getWebServer().getPort());
        assertThat(signsIn(here, bearer)).isTrue();
        assertThat(signsIn(there, bearer)).as("cached on the second node").isTrue();

        HttpApi.Answer revoked = here.raw("DELETE", "reviewer", TOKENS, null, null);
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        Instant at = Instant.now();

        assertThat(signsIn(here, bearer)).as("refused at once on the node that revoked it").isFalse();
        assertThat(refusedWithin(there, bearer, at)).as("refused on the other node within %s", bound)
                .isLessThanOrEqualTo(bound.plus(SLACK));
        assertThat(here.get(null, "/api/assessments/assessment-2019-dongshan/totals", "Authorization", bearer).status())
                .as("the query side of the first node refuses it too").isEqualTo(401);
    }

    @Test
    void anAccountDisabledInTheDatabaseIsRefusedOnEveryNodeWithinTheBound() {
        String bearer = token("changpuzi");
        HttpApi here = first.http();
        HttpApi there = new HttpApi(((WebServerApplicationContext) second).getWebServer().getPort());
        assertThat(signsIn(here, bearer)).isTrue();
        assertThat(signsIn(there, bearer)).isTrue();
        JdbcTemplate jdbc = first.bean(JdbcTemplate.class);
        try {
            jdbc.update("update account set enabled = false where username = 'changpuzi'");
            Instant at = Instant.now();
            assertThat(refusedWithin(here, bearer, at)).isLessThanOrEqualTo(bound.plus(SLACK));
            assertThat(refusedWithin(there, bearer, at)).isLessThanOrEqualTo(bound.plus(SLACK));
            assertThat(here.get("changpuzi", "/api/assessments/assessment-2019-changpuzi/totals").status())
                    .as("nor with its password").isEqualTo(401);
        } finally {
            jdbc.update("update account set enabled = true where username = 'changpuzi'");
        }
    }

    private String token(String user) {
        HttpApi.Answer made = first.http().post(user, TOKENS, "{\"name\":\"every node\",\"expiresAt\":\""
                + Instant.now().plus(Duration.ofDays(30)) + "\"}");
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return "Bearer " + made.json().path("token").asText();
    }

    private static boolean signsIn(HttpApi node, String bearer) {
        int status = node.post(null, TOKENS, "{}", "Authorization", bearer).status();
        assertThat(status).as("signed in (403) or refused (401)").isIn(401, 403);
        return status == 403;
    }

    /** How long after {@code from} the node first refused the token; polled every 100 ms for at most twice the bound. */
    private Duration refusedWithin(HttpApi node, String bearer, Instant from) {
        Instant giveUp = from.plus(bound.multipliedBy(2)).plus(SLACK);
        while (signsIn(node, bearer)) {
            if (Instant.now().isAfter(giveUp)) {
                return Duration.between(from, Instant.now());
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Duration.between(from, Instant.now());
    }
}
