package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Map;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Retried commands over real HTTP on PostgreSQL, with the Idempotency-Key header: a retry gets
 * the first answer and appends nothing, even after a restart; a reused key with another body is
 * refused; keys belong to their user.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotentRetriesPostgresTest {

    private static final String KEY = "Idempotency-Key";
    private static final String OFFICE = "office";
    private static final String REVIEWER = "reviewer";
    private static final String SUBMITTER = "dongshan";
    private static final String ADJUSTMENTS = "/api/assessments/assessment-2019-dongshan/adjustments";

    private final RunningSystem system;

    IdempotentRetriesPostgresTest(PostgresTestDatabase database, @TempDir Path blobs) {
        this.system = new RunningSystem(database, blobs);
    }

    @BeforeAll
    void start() {
        system.start();
    }

    @AfterAll
    void stop() {
        system.close();
    }

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheSameAnswerAndAppendsOneEvent() {
        long before = eventCount();

        HttpApi.Answer first = system.http().post(OFFICE, "/api/units", unit("重试乡"), KEY, "retry-1");
        HttpApi.Answer retry = system.http().post(OFFICE, "/api/units", unit("重试乡"), KEY, "retry-1");

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.contentType()).isEqualTo(first.contentType());
        assertThat(eventCount()).isEqualTo(before + 1);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndStoresNothing() {
        HttpApi.Answer first = system.http().post(OFFICE, "/api/units", unit("原乡"), KEY, "reused-1");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        long events = eventCount();
        long keys = keyCount();

        HttpApi.Answer reused = system.http().post(OFFICE, "/api/units", unit("他乡"), KEY, "reused-1");

        assertThat(reused.status()).as(reused.toString()).isEqualTo(422);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(reused.json().path("code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(eventCount()).isEqualTo(events);
        assertThat(keyCount()).isEqualTo(keys);
    }

    @Test
    void aKeyThatIsTooLongIs400AndStoresNothing() {
        long events = eventCount();

        HttpApi.Answer refused = system.http().post(OFFICE, "/api/units", unit("长键乡"), KEY, "k".repeat(129));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().path("code").asText()).isEqualTo("MALFORMED_REQUEST");
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void theKeySurvivesARestart() {
        HttpApi.Answer first = system.http().post(OFFICE, "/api/units", unit("重启乡"), KEY, "restart-1");
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        long events = eventCount();

        system.restart();
        HttpApi.Answer retry = system.http().post(OFFICE, "/api/units", unit("重启乡"), KEY, "restart-1");

        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.id()).isEqualTo(first.id());
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    void differentUsersMayUseTheSameKeyIndependently() {
        long before = eventCount();

        HttpApi.Answer office = system.http().post(OFFICE, "/api/units", unit("共享键乡"), KEY, "shared-1");
        HttpApi.Answer reviewer = system.http().post(REVIEWER, ADJUSTMENTS, """
                {"indicatorCode": "1.3.1", "newScore": 1, "reason": "同一个键，另一个人"}""", KEY, "shared-1");

        assertThat(office.status()).as(office.toString()).isEqualTo(201);
        assertThat(reviewer.status()).as(reviewer.toString()).isEqualTo(200);
        assertThat(eventCount()).isEqualTo(before + 2);
    }

    @Test
    void aRetriedUploadWithTheSameKeyAttachesTheFileOnce() {
        long before = eventCount();

        HttpApi.Answer first = upload("upload-1", "台账".getBytes(StandardCharsets.UTF_8));
        HttpApi.Answer retry = upload("upload-1", "台账".getBytes(StandardCharsets.UTF_8));
        HttpApi.Answer otherFile = upload("upload-1", "另一份台账".getBytes(StandardCharsets.UTF_8));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(otherFile.status()).as(otherFile.toString()).isEqualTo(422);
        assertThat(eventCount()).isEqualTo(before + 1);
    }

    /** The first attempt's uncommitted key holds the others until it commits; then they read its answer. */
    @Test
    void simultaneousDuplicatesAppendOnceAndAllHearTheFirstAnswer() throws Exception {
        long before = eventCount();
        int clients = 6;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpApi.Answer>> sent = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                sent.add(pool.submit(() -> {
                    go.await();
                    return system.http().post(OFFICE, "/api/units", unit("并发乡"), KEY, "race-1");
                }));
            }
            go.countDown();
            List<HttpApi.Answer> answers = new ArrayList<>();
            for (Future<HttpApi.Answer> answer : sent) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }

            assertThat(answers).as(answers.toString()).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(201));
            assertThat(answers).extracting(HttpApi.Answer::body).containsOnly(answers.get(0).body());
            assertThat(answers).filteredOn(answer -> answer.header("Idempotent-Replayed") == null).hasSize(1);
            assertThat(eventCount()).isEqualTo(before + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    /** HttpApi picks a new multipart boundary for every request, as many client libraries do. */
    private HttpApi.Answer upload(String key, byte[] content) {
        return system.http().upload(SUBMITTER, "/api/assessments/assessment-2019-dongshan/evidence", "台账.txt",
                "text/plain", content, Map.of("indicatorCodes", List.of("1.1.1")), KEY, key);
    }

    private static String unit(String name) {
        return """
                {"name": "%s", "kind": "TOWNSHIP"}""".formatted(name);
    }

    private long eventCount() {
        return system.bean(JdbcTemplate.class).queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private long keyCount() {
        return system.bean(JdbcTemplate.class).queryForObject("select count(*) from idempotency_key", Long.class);
    }
}
