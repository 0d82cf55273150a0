package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Read-your-writes over real HTTP on PostgreSQL: a command's answer names its event's global index in
 * Evaltrack-Position, and a read asking for that position answers only once the read side holds it (bounded:
 * 503 with Retry-After when it does not in time); every read answers with the position it reflects.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadYourWritesPostgresTest {

    private static final String HEADER = "Evaltrack-Position";
    private static final String OFFICE = "office";
    private static final String SUBMITTER = "ryw-submitter";
    private static final Duration BOUND = Duration.ofSeconds(4);

    private final RunningSystem system;
    private String assessmentId;

    ReadYourWritesPostgresTest(PostgresTestDatabase database, @TempDir Path blobs) {
        this.system = new RunningSystem(database, blobs, "--evaltrack.read-position.wait=" + BOUND);
    }

    @BeforeAll
    void start() {
        system.start();
        HttpApi api = system.http();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String schemeId = created(api.post(OFFICE, "/api/schemes", """
                {"year": 2021, "title": "读己所写测试方案", "documentNumber": "测办发〔2021〕7号", "issuer": "测试县绩效办",
                 "deadlines": {"claimsDue": "%s", "evidenceDue": "%s", "reviewDue": "%s"}, "bonusCap": 5}"""
                .formatted(now.plus(30, ChronoUnit.DAYS), now.plus(35, ChronoUnit.DAYS), now.plus(60, ChronoUnit.DAYS))));
        ok(api.post(OFFICE, "/api/schemes/" + schemeId + "/categories", """
                {"categoryCode": "1.1", "section": "COMMON", "name": "重点工作", "budget": 10}"""));
        ok(api.post(OFFICE, "/api/schemes/" + schemeId + "/indicators", """
                {"categoryCode": "1.1", "indicatorCode": "1.1.1", "name": "精准脱贫", "scoringMode": "STANDARD", "maxPoints": 6}"""));
        ok(api.post(OFFICE, "/api/schemes/" + schemeId + "/indicators", """
                {"categoryCode": "1.1", "indicatorCode": "1.1.2", "name": "债务化解", "scoringMode": "STANDARD", "maxPoints": 4}"""));
        ok(api.post(OFFICE, "/api/schemes/" + schemeId + "/bonus-rules", """
                {"level": "CENTRAL_MEDIA", "name": "中央主流媒体推介", "pointsPerItem": 0.5}"""));
        ok(api.post(OFFICE, "/api/schemes/" + schemeId + "/publication", null));
        String unitId = created(api.post(OFFICE, "/api/units", """
                {"name": "读写乡", "kind": "TOWNSHIP"}"""));
        created(api.post(OFFICE, "/api/accounts", """
                {"username": "%s", "password": "%s", "displayName": "读写乡绩效专干", "role": "SUBMITTER", "unitId": "%s"}"""
                .formatted(SUBMITTER, HttpApi.PASSWORD, unitId)));
        assessmentId = created(api.post(OFFICE, "/api/assessments", """
                {"schemeId": "%s", "unitId": "%s"}""".formatted(schemeId, unitId)));
    }

    @AfterAll
    void stop() {
        system.close();
    }

    @Test
    void aCommandsAnswerCarriesTheGlobalIndexOfItsStoredEvent() {
        HttpApi.Answer claimed = claim(new BigDecimal("2.5"));
        HttpApi.Answer unit = system.http().post(OFFICE, "/api/units", """
                {"name": "位置乡", "kind": "TOWNSHIP"}""");

        assertThat(claimed.status()).as(claimed.toString()).isIn(200, 204);
        assertThat(Long.parseLong(claimed.header(HEADER))).isEqualTo(newestGlobalIndex(assessmentId));
        assertThat(unit.status()).as(unit.toString()).isEqualTo(201);
        assertThat(Long.parseLong(unit.header(HEADER))).isEqualTo(newestGlobalIndex(unit.id()));
        assertThat(Long.parseLong(unit.header(HEADER))).isGreaterThan(Long.parseLong(claimed.header(HEADER)));
    }

    @Test
    void aClaimReadBackAtItsPositionIsInTheTotalsEveryTime() {
        for (int i = 0; i < 20; i++) {
            BigDecimal score = new BigDecimal("1.00").add(new BigDecimal("0.2").multiply(BigDecimal.valueOf(i)));
            HttpApi.Answer claimed = claim(score);
            assertThat(claimed.status()).as(claimed.toString()).isIn(200, 204);
            long position = Long.parseLong(claimed.header(HEADER));

            HttpApi.Answer totals = i % 2 == 0
                    ? system.http().get(SUBMITTER, totals(), HEADER, Long.toString(position))
                    : system.http().get(SUBMITTER, totals() + "?position=" + position);

            assertThat(totals.status()).as(totals.toString()).isEqualTo(200);
            assertThat(totals.json().path("claimedBase").decimalValue()).as("round %d", i).isEqualByComparingTo(score);
            assertThat(Long.parseLong(totals.header(HEADER))).isGreaterThanOrEqualTo(position);
        }
    }

    @Test
    void everyReadAnswersWithThePositionItReflectsPagesToo() {
        HttpApi.Answer claimed = claim(new BigDecimal("3"));
        long position = Long.parseLong(claimed.header(HEADER));

        for (String read : List.of(totals(), "/api/assessments/" + assessmentId + "/trail", "/api/projections")) {
            HttpApi.Answer answer = system.http().get(OFFICE, read, HEADER, Long.toString(position));
            assertThat(answer.status()).as(read + " " + answer).isEqualTo(200);
            assertThat(Long.parseLong(answer.header(HEADER))).as(read).isGreaterThanOrEqualTo(position);
        }
        BrowserSession browser = new BrowserSession(system.port());
        assertThat(browser.signIn(SUBMITTER, HttpApi.PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> page = browser.get("/assessments/" + assessmentId + "?position=" + position);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(Long.parseLong(page.headers().firstValue(HEADER).orElseThrow())).isGreaterThanOrEqualTo(position);
    }

    @Test
    void aReadAheadOfAPausedReadSideWaitsAndAnswersOnceItCatchesUp() throws Exception {
        pauseReadSide();
        CompletableFuture<HttpApi.Answer> read;
        long position;
        try {
            HttpApi.Answer claimed = claim(new BigDecimal("4.5"));
            position = Long.parseLong(claimed.header(HEADER));
            read = CompletableFuture.supplyAsync(() -> system.http().get(SUBMITTER, totals(), HEADER, Long.toString(position)));
            Thread.sleep(BOUND.toMillis() / 8);
            assertThat(read).as("the read waits while the read side is paused").isNotDone();
        } finally {
            resumeReadSide();
        }
        HttpApi.Answer totals = read.get(BOUND.toSeconds() + 10, TimeUnit.SECONDS);
        assertThat(totals.status()).as(totals.toString()).isEqualTo(200);
        assertThat(Long.parseLong(totals.header(HEADER))).isGreaterThanOrEqualTo(position);
        assertThat(totals.json().path("claimedBase").decimalValue()).isEqualByComparingTo("4.5");
    }

    @Test
    void aWaitThatRunsOutIs503WithRetryAfterInChineseAndEnglish() {
        pauseReadSide();
        try {
            long position = Long.parseLong(claim(new BigDecimal("5")).header(HEADER));
            HttpApi.Answer zh = system.http().get(SUBMITTER, totals(), HEADER, Long.toString(position));
            HttpApi.Answer en = system.http().get(SUBMITTER, totals(), HEADER, Long.toString(position), "Accept-Language", "en");

            for (HttpApi.Answer answer : List.of(zh, en)) {
                assertThat(answer.status()).as(answer.toString()).isEqualTo(503);
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(answer.header("Retry-After")).isNotBlank();
                assertThat(answer.json().path("code").asText()).isEqualTo("READ_POSITION_NOT_REACHED");
            }
            assertThat(zh.json().path("detail").asText()).contains("请稍后重试").contains(Long.toString(position));
            assertThat(en.json().path("detail").asText()).contains("try again").contains(Long.toString(position));

            BrowserSession browser = new BrowserSession(system.port());
            assertThat(browser.signIn(SUBMITTER, HttpApi.PASSWORD).statusCode()).isEqualTo(302);
            HttpResponse<String> page = browser.get("/assessments/" + assessmentId + "?position=" + position,
                    "Accept", "text/html");
            assertThat(page.statusCode()).as("a page is answered as a page").isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).isPresent();
            assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            assertThat(page.body()).contains("数据尚未更新");
        } finally {
            resumeReadSide();
        }
    }

    @Test
    void aPositionBeyondTheStoresHeadOrMalformedIs400() {
        long head = system.bean(JdbcTemplate.class).queryForObject("select max(global_index) from domain_event_entry", Long.class);

        HttpApi.Answer beyond = system.http().get(SUBMITTER, totals() + "?position=" + (head + 1000));
        HttpApi.Answer letters = system.http().get(SUBMITTER, totals(), HEADER, "latest");
        HttpApi.Answer negative = system.http().get(SUBMITTER, totals() + "?position=-1", "Accept-Language", "en");

        assertThat(beyond.status()).as(beyond.toString()).isEqualTo(400);
        assertThat(beyond.json().path("code").asText()).isEqualTo("READ_POSITION_BEYOND_HEAD");
        assertThat(letters.status()).as(letters.toString()).isEqualTo(400);
        assertThat(letters.json().path("code").asText()).isEqualTo("READ_POSITION_MALFORMED");
        assertThat(letters.json().path("detail").asText()).contains("latest");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.json().path("detail").asText()).contains("whole number");
    }

    private HttpApi.Answer claim(BigDecimal score) {
        return system.http().put(SUBMITTER, "/api/assessments/" + assessmentId + "/claims/1.1.1", """
                {"claimedScore": %s, "narrative": "按期完成"}""".formatted(score.toPlainString()));
    }

    private String totals() {
        return "/api/assessments/" + assessmentId + "/totals";
    }

    private long newestGlobalIndex(String aggregateId) {
        return system.bean(JdbcTemplate.class).queryForObject(
                "select max(global_index) from domain_event_entry where aggregate_identifier = ?", Long.class, aggregateId);
    }

    private List<StreamingEventProcessor> readSide() {
        return system.bean(EventProcessingConfiguration.class).eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance).map(StreamingEventProcessor.class::cast).toList();
    }

    private void pauseReadSide() {
        readSide().forEach(processor -> processor.shutdownAsync().join());
    }

    private void resumeReadSide() {
        readSide().forEach(StreamingEventProcessor::start);
    }

    private static String created(HttpApi.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.id();
    }

    private static void ok(HttpApi.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isIn(200, 201, 204);
    }
}
