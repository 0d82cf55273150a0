package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An Idempotency-Key over real HTTP on PostgreSQL when the answer is lost: the key commits with the
 * command's events, so a retry after any failure gets the first answer or runs the command once. A
 * command the domain refuses stores nothing, and its refusal is what a retry hears.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotentRetryAfterLostAnswerPostgresTest {

    private static final String KEY = "Idempotency-Key";
    private static final String OFFICE = "office";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** The demo's units have submitted: their claims are locked. */
    private static final String SUBMITTED = "assessment-2019-dongshan";

    private final RunningSystem system;
    private HttpApi api;
    private String unitId;
    private String openId;

    IdempotentRetryAfterLostAnswerPostgresTest(PostgresTestDatabase database, @TempDir Path blobs) {
        this.system = new RunningSystem(database, blobs);
    }

    @BeforeAll
    void start() {
        api = system.start().http();
        HttpApi.Answer unit = api.post(OFFICE, "/api/units", """
                {"name": "断线重试乡", "kind": "TOWNSHIP"}""");
        assertThat(unit.status()).as(unit.toString()).isEqualTo(201);
        unitId = unit.id();
        HttpApi.Answer opened = api.post(OFFICE, "/api/assessments", """
                {"schemeId": "scheme-2019-suining", "unitId": "%s"}""".formatted(unitId));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        openId = opened.id();
    }

    @AfterAll
    void stop() {
        system.close();
    }

    @Test
    void aClaimWhoseAnswerWasLostIsAnsweredFromItsKeyOnRetryAndAppendedOnce() throws Exception {
        String path = claim(openId, "1.1.1");
        String body = """
                {"claimedScore": 12.50, "narrative": "断线之后重试"}""";
        long before = events(openId);

        HttpApi.Answer retry;
        AnswerDroppingProxy.Withheld original;
        try (AnswerDroppingProxy proxy = new AnswerDroppingProxy(system.port())) {
            byte[] received = proxy.send("PUT", OFFICE, path, body, KEY, "lost-answer-1");
            assertThat(received).as("the client heard nothing").isEmpty();
            original = proxy.withheld();
        }
        assertThat(events(openId)).as("the first attempt ran").isEqualTo(before + 1);
        retry = api.put(OFFICE, path, body, KEY, "lost-answer-1");

        assertThat(original.status()).as(original.toString()).isEqualTo(200);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(original.status());
        assertThat(retry.body()).isEqualTo(original.body());
        assertThat(retry.contentType()).isEqualTo(original.header("Content-Type"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(original.header("Evaltrack-Position")).isNotNull();
        assertThat(retry.header("Evaltrack-Position")).isEqualTo(original.header("Evaltrack-Position"));
        assertThat(events(openId)).as("exactly one event for the claim").isEqualTo(before + 1);
    }

    @Test
    void aClaimTheAssessmentRefusesIsNotKeptAsASuccessAndItsRefusalIsReplayed() {
        String path = claim(SUBMITTED, "1.1.1");
        String body = """
                {"claimedScore": 3, "narrative": "已提交之后再申报"}""";
        long before = events(SUBMITTED);

        HttpApi.Answer refused = api.put("dongshan", path, body, KEY, "refused-1");
        HttpApi.Answer retry = api.put("dongshan", path, body, KEY, "refused-1");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("code").asText()).isEqualTo("CLAIMS_LOCKED");
        assertThat(keptStatus("refused-1")).as("kept as the refusal it was").isEqualTo(409);
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.body()).isEqualTo(refused.body());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Evaltrack-Position")).isNull();
        assertThat(events(SUBMITTED)).isEqualTo(before);
    }

    @Test
    void aClaimsImportWithAKeyRunsItsCommandsOnceAndItsRetryIsReplayed() {
        String username = "retry-importer-" + UUID.randomUUID().toString().substring(0, 8);
        HttpApi.Answer account = api.post(OFFICE, "/api/accounts", """
                {"username": "%s", "password": "%s", "displayName": "重试导入", "role": "SUBMITTER", "unitId": "%s"}"""
                .formatted(username, HttpApi.PASSWORD, unitId));
        assertThat(account.status()).as(account.toString()).isEqualTo(201);
        FilledWorkbook workbook = new FilledWorkbook(
                api.download(username, "/api/imports/assessments/" + openId + "/claims-template.xlsx").body());
        workbook.set("自评", workbook.rowOf("自评", "1.1.2"), "自评分", new BigDecimal("2.5"))
                .set("自评", workbook.rowOf("自评", "2.1.1"), "自评分", 4);
        String importPath = "/api/imports/assessments/" + openId + "/claims";
        // the same file twice: each writing of a workbook may differ in its timestamps
        byte[] file = workbook.bytes();
        long before = events(openId);

        HttpApi.Answer imported = api.upload(username, importPath, "自评.xlsx", XLSX, file, Map.of(), KEY, "import-1");
        HttpApi.Answer retry = api.upload(username, importPath, "自评.xlsx", XLSX, file, Map.of(), KEY, "import-1");

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().path("claims").asInt()).isEqualTo(2);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body()).isEqualTo(imported.body());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(events(openId)).isEqualTo(before + 2);
    }

    @Test
    void aRefusedImportWithAKeyStoresNothingAndItsRetryHearsTheSameRefusal() {
        FilledWorkbook workbook = new FilledWorkbook(
                api.download("dongshan", "/api/imports/assessments/" + SUBMITTED + "/claims-template.xlsx").body());
        workbook.set("自评", workbook.rowOf("自评", "1.1.1"), "自评分", 10)
                .set("自评", workbook.rowOf("自评", "1.1.2"), "自评分", 5);
        String importPath = "/api/imports/assessments/" + SUBMITTED + "/claims";
        byte[] file = workbook.bytes();
        long before = events(SUBMITTED);

        HttpApi.Answer refused = api.upload("dongshan", importPath, "自评.xlsx", XLSX, file, Map.of(), KEY, "refused-import-1");
        HttpApi.Answer retry = api.upload("dongshan", importPath, "自评.xlsx", XLSX, file, Map.of(), KEY, "refused-import-1");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().path("code").asText()).isEqualTo("CLAIMS_LOCKED");
        assertThat(retry.status()).isEqualTo(409);
        assertThat(retry.body()).isEqualTo(refused.body());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(events(SUBMITTED)).isEqualTo(before);
    }

    /**
     * The key costs two round trips (its insert and its answer) and no more: the command's own
     * transaction carries them. Printed so the figure can be compared across versions.
     */
    @Test
    void aClaimWithAKeyCostsAtMostTwoRoundTripsMoreThanWithout() {
        String path = claim(openId, "1.1.3");
        PostgresRoundTrips.Count plain = null;
        PostgresRoundTrips.Count keyed = null;
        try (PostgresRoundTrips trips = new PostgresRoundTrips()) {
            // warm: caches, the sweep of expired keys (at most every five minutes), the pool
            api.put(OFFICE, path, score(1), KEY, "warm-" + UUID.randomUUID());
            for (int round = 0; round < 5; round++) {
                int score = 1 + round % 2;
                PostgresRoundTrips.Count without = trips.during(() -> accepted(api.put(OFFICE, path, score(score))));
                PostgresRoundTrips.Count with = trips.during(() -> accepted(api.put(OFFICE, path, score(score),
                        KEY, "trips-" + UUID.randomUUID())));
                plain = plain == null || without.roundTrips() < plain.roundTrips() ? without : plain;
                keyed = keyed == null || with.roundTrips() < keyed.roundTrips() ? with : keyed;
            }
            PostgresRoundTrips.Count replay = trips.during(() -> {
                api.put(OFFICE, path, score(2), KEY, "trips-replay");
            });
            PostgresRoundTrips.Count replayed = trips.during(() -> assertThat(api.put(OFFICE, path, score(2), KEY, "trips-replay")
                    .header("Idempotent-Replayed")).isEqualTo("true"));
            System.out.printf("ROUND TRIPS one claim: without key %s, with key %s, first of a key %s, its replay %s%n",
                    plain, keyed, replay, replayed);
        }
        assertThat(keyed.roundTrips() - plain.roundTrips()).as("with key %s, without %s", keyed, plain).isLessThanOrEqualTo(2);
    }

    private static void accepted(HttpApi.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
    }

    private static String score(int score) {
        return """
                {"claimedScore": %d, "narrative": "往返次数"}""".formatted(score);
    }

    private static String claim(String assessmentId, String code) {
        return "/api/assessments/" + assessmentId + "/claims/" + code;
    }

    private long events(String aggregateId) {
        return system.bean(JdbcTemplate.class).queryForObject(
                "select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class, aggregateId);
    }

    private Integer keptStatus(String key) {
        return system.bean(JdbcTemplate.class).queryForObject(
                "select status from idempotency_key where idem_key = ?", Integer.class, key);
    }
}
