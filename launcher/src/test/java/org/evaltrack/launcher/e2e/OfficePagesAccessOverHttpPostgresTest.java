package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who may open the audit trail, ledger and dashboard pages, over real HTTP with a signed-in session on
 * PostgreSQL: anonymous readers are sent to sign in, another unit's submitter and a leader of another unit
 * are refused another unit's trail (403, recorded), units' staff are refused the dashboard, and every
 * list a page offers is cut to the reader's unit.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficePagesAccessOverHttpPostgresTest {

    private static final String DONGSHAN_TRAIL = "/assessments/assessment-2019-dongshan/trail";
    private static final String CHANGPUZI_TRAIL = "/assessments/assessment-2019-changpuzi/trail";
    private static final String OTHER_LEADER = "changpu-leader";

    private final RunningSystem system;

    OfficePagesAccessOverHttpPostgresTest(PostgresTestDatabase database, @TempDir Path blobs) {
        this.system = new RunningSystem(database, blobs);
    }

    @BeforeAll
    void start() {
        system.start();
        HttpApi api = system.http();
        HttpApi.Answer created = api.post("office", "/api/accounts", "{\"username\":\"" + OTHER_LEADER + "\",\"password\":\""
                + HttpApi.PASSWORD + "\",\"displayName\":\"长铺子 分管领导（测试）\",\"role\":\"LEADER\",\"unitId\":\"unit-changpuzi\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                api.get("reviewer", "/api/units/unit-dongshan/ledger").status() == 200
                        && api.get("reviewer", "/api/assessments/assessment-2019-changpuzi/totals").status() == 200
                        && api.get("reviewer", "/api/assessments/assessment-2019-dongshan/trail").status() == 200);
    }

    @AfterAll
    void stop() {
        system.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {DONGSHAN_TRAIL, "/trail", "/ledger", "/dashboard", "/dashboard/chart?scheme=scheme-2019-suining", "/setup",
            "/setup/tasks?assessment=assessment-2019-dongshan"})
    void anAnonymousReaderIsSentToSignIn(String page) {
        HttpResponse<String> answer = new BrowserSession(system.port()).get(page);

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void anotherUnitsSubmitterIsRefusedTheTrailAndTheRefusalIsRecorded() {
        BrowserSession changpuzi = signedIn("changpuzi");

        HttpResponse<String> refused = changpuzi.get(DONGSHAN_TRAIL + "?indicator=1.1.1");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("此内容属于其他单位").doesNotContain("精准脱贫").doesNotContain("东山侗族乡");
        assertThat(changpuzi.get(CHANGPUZI_TRAIL).statusCode()).as("its own unit's trail").isEqualTo(200);
        HttpResponse<String> list = changpuzi.get("/trail");
        assertThat(list.body()).contains("assessment-2019-changpuzi").doesNotContain("assessment-2019-dongshan");
        HttpApi.Answer denials = system.http().get("office", "/api/access-denials?user=changpuzi");
        assertThat(denials.body()).contains(DONGSHAN_TRAIL).contains("OTHER_UNIT");
    }

    @Test
    void aLeaderOfAnotherUnitIsRefusedTheTrailAndSeesNoOtherUnitsTasks() {
        BrowserSession leader = signedIn(OTHER_LEADER);

        HttpResponse<String> refused = leader.get(DONGSHAN_TRAIL);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("此内容属于其他单位");

        HttpResponse<String> ledger = leader.get("/ledger");
        assertThat(ledger.statusCode()).isEqualTo(200);
        assertThat(ledger.body()).contains("my-ledger").doesNotContain("task-ds-").doesNotContain("东山侗族乡");
        assertThat(leader.get("/dashboard").statusCode()).isEqualTo(403);
    }

    @Test
    void aLeaderMayNotCloseAnotherLeadersTaskFromTheirPage() {
        BrowserSession tang = signedIn("tangmiaohua");

        HttpResponse<String> ledger = tang.get("/ledger");

        assertThat(ledger.statusCode()).isEqualTo(200);
        assertThat(ledger.body()).contains("id=\"close-task-ds-04\"").doesNotContain("id=\"close-task-ds-01\"")
                .doesNotContain("id=\"close-task-ds-03\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dongshan", "tangmiaohua"})
    void unitStaffAreRefusedTheDashboard(String account) {
        BrowserSession staff = signedIn(account);

        assertThat(staff.get("/dashboard").statusCode()).isEqualTo(403);
        assertThat(staff.get("/dashboard/chart?scheme=scheme-2019-suining").statusCode()).isEqualTo(403);
        assertThat(staff.get(DONGSHAN_TRAIL).statusCode()).as("their own unit's trail").isEqualTo(200);
    }

    @Test
    void theOfficeAndReviewersOpenEverything() {
        for (String account : new String[] {"office", "reviewer"}) {
            BrowserSession office = signedIn(account);
            assertThat(office.get("/dashboard").statusCode()).as(account).isEqualTo(200);
            assertThat(office.get("/dashboard/chart?scheme=scheme-2019-suining").body()).as(account).contains("东山侗族乡");
            assertThat(office.get(DONGSHAN_TRAIL).statusCode()).as(account).isEqualTo(200);
            assertThat(office.get(CHANGPUZI_TRAIL).statusCode()).as(account).isEqualTo(200);
            assertThat(office.get("/ledger?unit=unit-dongshan").body()).as(account).contains("task-ds-01");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dongshan", "tangmiaohua", "reviewer"})
    void onlyTheOfficeSetsUpUnitsAccountsAndAssessments(String account) {
        BrowserSession other = signedIn(account);

        assertThat(other.get("/setup").statusCode()).as(account).isEqualTo(403);
        assertThat(other.get("/setup/tasks?assessment=assessment-2019-dongshan").statusCode()).as(account).isEqualTo(403);
        assertThat(other.get("/").body()).as(account).doesNotContain("nav-setup");
    }

    @Test
    void theOfficesSetUpListsAccountsWithoutTheirPasswordHashes() {
        BrowserSession office = signedIn("office");

        HttpResponse<String> setup = office.get("/setup");
        assertThat(setup.statusCode()).isEqualTo(200);
        assertThat(setup.body()).contains("id=\"nav-setup\"").contains("data-username=\"tangmiaohua\"").contains("东山侗族乡")
                .doesNotContainPattern("\\$2[aby]\\$");
        assertThat(office.get("/setup/tasks?assessment=assessment-2019-dongshan").body()).contains("task-ds-01");
        assertThat(office.get("/setup/tasks?assessment=no-such-assessment").statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownAssessmentIsAPageThatSaysSo() {
        HttpResponse<String> missing = signedIn("reviewer").get("/assessments/no-such-assessment/trail");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("没有这项考核");
    }

    private BrowserSession signedIn(String account) {
        BrowserSession session = new BrowserSession(system.port());
        assertThat(session.signIn(account, HttpApi.PASSWORD).statusCode()).isEqualTo(302);
        return session;
    }
}
