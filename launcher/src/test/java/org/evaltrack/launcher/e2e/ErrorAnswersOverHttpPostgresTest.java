package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.evaltrack.testonly.FailingEndpoint;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.evaltrack.testsupport.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every error under /api is problem+json, in the launcher's one Tomcat on PostgreSQL: dates in query
 * parameters outside the accepted range (400 naming the parameter and the range, never the 500 a far-off
 * year used to give), Tomcat's own refusals (a NUL or an encoded ".." in the path, a 20 KB header), and an
 * exception no advice takes (500). Pages get a page instead, and another unit's ledger page is refused.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorAnswersOverHttpPostgresTest {

    private static final String FAR = "%2B1000000000-12-31T23:59:59Z";
    private static final String DONGSHAN = "/api/assessments/assessment-2019-dongshan";

    private final RunningSystem system;

    ErrorAnswersOverHttpPostgresTest(PostgresTestDatabase database, @TempDir Path blobs) {
        this.system = new RunningSystem(database, blobs, "--spring.main.sources=" + FailingEndpoint.class.getName());
    }

    @BeforeAll
    void start() {
        system.start();
        await().atMost(Duration.ofSeconds(60)).until(() ->
                system.http().get("reviewer", "/api/units/unit-dongshan/ledger").status() == 200
                        && system.http().get("reviewer", DONGSHAN + "/trail").status() == 200);
    }

    @AfterAll
    void stop() {
        system.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {DONGSHAN + "/trail?from=" + FAR, DONGSHAN + "/trail?to=" + FAR, DONGSHAN + "/trail?asOf=" + FAR,
            DONGSHAN + "/trail?from=1999-12-31T23:59:59Z", "/api/schemes/scheme-2019-suining/trail?asOf=" + FAR,
            DONGSHAN + "/trail.xlsx?from=" + FAR, DONGSHAN + "/ledger?asOf=" + FAR, "/api/units/unit-dongshan/ledger?asOf=" + FAR,
            "/api/units/unit-dongshan/ledger.xlsx?asOf=-1000000000-01-01T00:00:00Z", DONGSHAN + "/totals?asOf=" + FAR,
            DONGSHAN + "/totals/provenance?part=total&asOf=" + FAR, "/api/schemes/scheme-2019-suining/ranking?asOf=2101-01-01T00:00:00Z",
            DONGSHAN + "/scorecard.xlsx?asOf=" + FAR, "/api/access-denials?from=" + FAR, "/api/access-denials?to=" + FAR})
    void aDateOutsideTheAcceptedRangeIsA400NamingTheRange(String path) {
        HttpApi.Answer answer = system.http().get("office", path);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("code").asText()).isEqualTo("DATE_PARAMETER_OUT_OF_RANGE");
        assertThat(answer.json().path("title").asText()).isEqualTo("时间超出范围");
        assertThat(answer.json().path("detail").asText()).contains("2000-01-01").contains("2100-12-31");
    }

    @Test
    void theReasonNamesTheParameterInWordsInEnglishToo() {
        HttpApi.Answer answer = system.http().get("office", DONGSHAN + "/trail?from=" + FAR, "Accept-Language", "en");

        assertThat(answer.json().path("title").asText()).isEqualTo("Date out of range");
        assertThat(answer.json().path("detail").asText())
                .isEqualTo("The start time (from) \"+1000000000-12-31T23:59:59Z\" is outside the dates the system accepts: "
                        + "from 2000-01-01 to 2100-12-31.");
    }

    @Test
    void aPlusLeftUnencodedIsAnUnreadableTimeNotEveryRow() {
        HttpApi.Answer answer = system.http().get("office", "/api/access-denials?from=+1000000000-12-31T23:59:59Z");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().path("code").asText()).isEqualTo("MALFORMED_REQUEST");
        assertThat(answer.json().path("detail").asText()).contains("起始时间（from）");
    }

    @Test
    void aPagesWaitForAFarOffTimeIsRefusedToo() {
        BrowserSession dongshan = signedIn("dongshan");

        HttpResponse<String> panel = dongshan.get("/assessments/assessment-2019-dongshan/totals-panel?after=" + FAR);

        assertThat(panel.statusCode()).isEqualTo(400);
        assertThat(panel.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(panel.body()).contains("DATE_PARAMETER_OUT_OF_RANGE");
    }

    @ParameterizedTest
    @ValueSource(strings = {DONGSHAN + "/trail%00", "/api/assessments/%00/totals", "/api/%2e%2e/%2e%2e/etc/passwd",
            "/api/assessments/..%2f..%2fadmin/totals"})
    void tomcatsOwnRefusalsAreProblemJson(String target) throws IOException {
        RawHttp.Answer answer = RawHttp.get(system.port(), target, "Accept-Language: en");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).as(answer.toString()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"title\":\"Malformed request\"").contains("\"code\":\"MALFORMED_REQUEST\"")
                .doesNotContain("Tomcat").doesNotContain("<html");
    }

    @Test
    void aTwentyKilobyteHeaderIsAProblemInChinese() throws IOException {
        RawHttp.Answer answer = RawHttp.get(system.port(), DONGSHAN + "/totals", "X-Filler: " + "a".repeat(20 * 1024));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"title\":\"请求格式错误\"").doesNotContain("Tomcat");
    }

    @Test
    void tomcatsRefusalOfAPageIsAPlainPageInChinese() throws IOException {
        RawHttp.Answer answer = RawHttp.get(system.port(), "/ledger%00");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.body()).contains("请求格式错误").doesNotContain("Tomcat").doesNotContain("Whitelabel");
    }

    @Test
    void anExceptionNoAdviceTakesIsA500ProblemWithoutItsText() {
        HttpApi.Answer answer = system.http().get("office", FailingEndpoint.PATH);

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("code").asText()).isEqualTo("INTERNAL_ERROR");
        assertThat(answer.json().path("title").asText()).isEqualTo("服务器内部错误");
        assertThat(answer.body()).doesNotContain("internal detail").doesNotContain("DateTimeException").doesNotContain("\"error\"");
    }

    @Test
    void anotherUnitsLedgerPageIsRefusedLikeItsTrailAndTheRefusalIsRecorded() {
        BrowserSession changpuzi = signedIn("changpuzi");

        HttpResponse<String> refused = changpuzi.get("/ledger?unit=unit-dongshan");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("此内容属于其他单位").doesNotContain("东山侗族乡").doesNotContain("task-ds-");
        assertThat(changpuzi.get("/ledger?unit=unit-changpuzi").statusCode()).as("its own unit").isEqualTo(200);
        assertThat(changpuzi.get("/ledger").statusCode()).isEqualTo(200);
        HttpApi.Answer denials = system.http().get("office", "/api/access-denials?user=changpuzi");
        assertThat(denials.body()).contains("/ledger").contains("OTHER_UNIT");
        assertThat(signedIn("tangmiaohua").get("/ledger?unit=unit-changpuzi").statusCode()).as("a leader of another unit")
                .isEqualTo(403);
    }

    private BrowserSession signedIn(String account) {
        BrowserSession session = new BrowserSession(system.port());
        assertThat(session.signIn(account, HttpApi.PASSWORD).statusCode()).isEqualTo(302);
        return session;
    }
}
