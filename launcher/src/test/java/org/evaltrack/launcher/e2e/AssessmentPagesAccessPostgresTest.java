package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;

import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may open the unit scorecard and the review console, over HTTP with a signed-in session on the
 * demo case (PostgreSQL): anonymous readers go to the sign-in page, another unit's submitter and
 * leaders are refused with a page (not the data), reviewers and admins read every unit.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentPagesAccessPostgresTest {

    private static final String DONGSHAN = "assessment-2019-dongshan";
    private static final String CHANGPUZI = "assessment-2019-changpuzi";
    /** A text of 东山's own claims that must never reach another unit's reader. */
    private static final String DONGSHAN_ONLY = "东山侗族乡自评表";

    private final RunningSystem system;

    AssessmentPagesAccessPostgresTest(PostgresTestDatabase database) throws IOException {
        this.system = new RunningSystem(database, Files.createTempDirectory("evaltrack-blobs"));
    }

    @BeforeAll
    void start() {
        system.start();
    }

    @AfterAll
    void stop() {
        system.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/assessments/" + DONGSHAN, "/assessments/" + DONGSHAN + "/totals-panel",
            "/assessments/" + DONGSHAN + "/bonus-panel", "/review", "/review/" + DONGSHAN})
    void anonymousReadersAreSentToSignIn(String path) {
        HttpResponse<String> answer = session().get(path);

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).get().asString().endsWith("/login");
        assertThat(answer.body()).doesNotContain("东山");
    }

    @Test
    void aSubmitterOpensTheOwnUnitsScorecard() {
        HttpResponse<String> answer = session().signIn("dongshan").get("/assessments/" + DONGSHAN);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(answer.body()).contains(DONGSHAN_ONLY, "id=\"totals\"", "1.1.1", "id=\"scorecard-bonus-bonus-ds-01\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/assessments/" + DONGSHAN, "/assessments/" + DONGSHAN + "/totals-panel",
            "/assessments/" + DONGSHAN + "/bonus-panel", "/assessments/" + DONGSHAN + "/bonus-panel?claim=bonus-ds-01"})
    void anotherUnitsSubmitterIsRefusedWithAPageAndSeesNoneOfItsData(String path) {
        HttpResponse<String> answer = session().signIn("changpuzi").get(path);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(answer.body()).contains("此内容属于其他单位，您只能查看本单位的内容。")
                .doesNotContain(DONGSHAN_ONLY, "id=\"totals\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/review", "/review/" + DONGSHAN, "/review/" + CHANGPUZI})
    void submittersMayNotOpenTheReviewConsole(String path) {
        HttpResponse<String> answer = session().signIn("changpuzi").get(path);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).doesNotContain(DONGSHAN_ONLY, "adjust-form");
    }

    @Test
    void aLeaderMayNotOpenTheScorecard() {
        HttpResponse<String> answer = session().signIn("tangmiaohua").get("/assessments/" + DONGSHAN);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.body()).doesNotContain(DONGSHAN_ONLY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"reviewer", "office"})
    void reviewersAndAdminsReadEveryUnitAndTheConsole(String account) {
        PageSession session = session().signIn(account);

        HttpResponse<String> list = session.get("/review");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("/review/" + DONGSHAN, "/review/" + CHANGPUZI);
        assertThat(session.get("/review/" + DONGSHAN).body()).contains("adjust-form", "id=\"review-1.1.1\"");
        assertThat(session.get("/assessments/" + CHANGPUZI).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownAssessmentIsANotFoundPage() {
        HttpResponse<String> answer = session().signIn("reviewer").get("/review/assessment-none");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains("没有这项考核。");
    }

    private PageSession session() {
        return new PageSession(system.port());
    }
}
