package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every role boundary over real HTTP on the demo case, on PostgreSQL: the answer is a
 * problem+json with a stable code, in Chinese unless the client asks for English, and nothing
 * is stored.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationOverHttpPostgresTest {

    private static final String DONGSHAN = "/api/assessments/assessment-2019-dongshan";
    private static final String DONGSHAN_ID = "assessment-2019-dongshan";
    private static final String OTHER_UNITS_SUBMITTER = "changpuzi";
    private static final String PROBLEM_JSON = "application/problem+json";

    private final RunningSystem system;
    private final Path blobs;
    private HttpApi api;

    AuthorizationOverHttpPostgresTest(PostgresTestDatabase database) throws IOException {
        this.blobs = Files.createTempDirectory("evaltrack-blobs");
        this.system = new RunningSystem(database, blobs);
    }

    @BeforeAll
    void start() {
        api = system.start().http();
    }

    @AfterAll
    void stop() {
        system.close();
    }

    @Test
    void anonymousCommandIsAskedToSignIn() {
        int before = events();

        HttpApi.Answer answer = api.put(null, DONGSHAN + "/claims/1.1.1", claim());

        assertProblem(answer, 401, "UNAUTHENTICATED", "需要登录");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void anonymousReadIsAskedToSignIn() {
        assertProblem(api.get(null, "/api/schemes/scheme-2019-suining/scorecards"), 401, "UNAUTHENTICATED", "需要登录");
    }

    @Test
    void submitterOfAnotherUnitMayNotClaimAndNothingIsStored() {
        int before = events();

        HttpApi.Answer answer = api.put(OTHER_UNITS_SUBMITTER, DONGSHAN + "/claims/1.1.1", claim());

        assertProblem(answer, 403, "OTHER_UNIT", "非本单位");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void theRefusalIsInEnglishWhenTheClientAsks() {
        HttpApi.Answer answer = api.put(OTHER_UNITS_SUBMITTER, DONGSHAN + "/claims/1.1.1", claim(), "Accept-Language", "en");

        assertProblem(answer, 403, "OTHER_UNIT", "Another unit");
        assertThat(answer.json().path("detail").asText()).isEqualTo("You may only act for your own unit.");
    }

    @Test
    void submitterOfAnotherUnitMayNotAttachEvidenceAndNoFileIsKept() throws IOException {
        int before = events();
        long filesBefore = files();

        HttpApi.Answer answer = api.upload(OTHER_UNITS_SUBMITTER, DONGSHAN + "/evidence", "会议记录.txt", "text/plain",
                "不属于本单位的材料".getBytes(StandardCharsets.UTF_8), Map.of("indicatorCodes", List.of("1.1.1")));

        assertProblem(answer, 403, "OTHER_UNIT", "非本单位");
        assertThat(events()).isEqualTo(before);
        assertThat(files()).isEqualTo(filesBefore);
    }

    @Test
    void submitterOfAnotherUnitMayNotSubmitItsSelfAssessment() {
        int before = events();

        HttpApi.Answer answer = api.post(OTHER_UNITS_SUBMITTER, DONGSHAN + "/submission", """
                {"declared": {"base": 100, "bonus": 5.3, "total": 105.3}}""");

        assertProblem(answer, 403, "OTHER_UNIT", "非本单位");
        assertThat(events()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/adjustments", "/bonus-claims/bonus-ds-01/verification", "/vetoes", "/finalization"})
    void submitterMayNotReview(String endpoint) {
        int before = events();

        HttpApi.Answer answer = api.post("dongshan", DONGSHAN + endpoint, """
                {"indicatorCode": "1.1.1", "newScore": 15, "reason": "自己审核自己", "conditionCode": "VETO-SAFETY",
                 "note": "自己核定"}""");

        assertProblem(answer, 403, "ROLE_NOT_ALLOWED", "角色无权限");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void leaderMayNotAttachEvidenceToSomeoneElsesTask() throws IOException {
        int ledgerBefore = system.events("ledger:" + DONGSHAN_ID).size();
        int before = events();
        long filesBefore = files();

        // task-ds-01 is led by yangguohua, not by the group leader tangmiaohua
        HttpApi.Answer answer = api.upload("tangmiaohua", DONGSHAN + "/tasks/task-ds-01/evidence", "筛查台账.txt",
                "text/plain", "代交的材料".getBytes(StandardCharsets.UTF_8), Map.of());

        assertProblem(answer, 403, "NOT_YOUR_TASK", "非本人任务");
        assertThat(events()).isEqualTo(before);
        assertThat(system.events("ledger:" + DONGSHAN_ID)).hasSize(ledgerBefore);
        assertThat(files()).isEqualTo(filesBefore);
    }

    @Test
    void reviewerMayNotDraftSchemes() {
        HttpApi.Answer answer = api.post("reviewer", "/api/schemes", """
                {"year": 2020, "title": "审核员起草的方案", "bonusCap": 5,
                 "deadlines": {"claimsDue": "2030-01-10T00:00:00Z", "evidenceDue": "2030-01-15T00:00:00Z",
                               "reviewDue": "2030-02-28T00:00:00Z"}}""");

        assertProblem(answer, 403, "ROLE_NOT_ALLOWED", "角色无权限");
    }

    @Test
    void reviewerMayNotRegisterUnits() {
        HttpApi.Answer answer = api.post("reviewer", "/api/units", """
                {"name": "审核员登记的乡", "kind": "TOWNSHIP"}""");

        assertProblem(answer, 403, "ROLE_NOT_ALLOWED", "角色无权限");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dongshan", "tangmiaohua", "reviewer"})
    void onlyTheOfficeCreatesAccounts(String user) {
        HttpApi.Answer answer = api.post(user, "/api/accounts", """
                {"username": "sneaky-%s", "password": "password123", "displayName": "自封管理员", "role": "ADMIN"}"""
                .formatted(user));

        assertProblem(answer, 403, "FORBIDDEN", "无权操作");
        assertThat(api.get("sneaky-" + user, "/api/schemes/scheme-2019-suining/scorecards").status()).isEqualTo(401);
    }

    @Test
    void theOfficeCreatesAccounts() {
        HttpApi.Answer answer = api.post("office", "/api/accounts", """
                {"username": "new-reviewer", "password": "%s", "displayName": "新审核员", "role": "REVIEWER"}"""
                .formatted(HttpApi.PASSWORD));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(api.get("new-reviewer", "/api/schemes/scheme-2019-suining/scorecards").status()).isEqualTo(200);
    }

    private static void assertProblem(HttpApi.Answer answer, int status, String code, String title) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.toString()).startsWith(PROBLEM_JSON);
        assertThat(answer.json().path("code").asText()).isEqualTo(code);
        assertThat(answer.json().path("title").asText()).isEqualTo(title);
        assertThat(answer.json().path("status").asInt()).isEqualTo(status);
    }

    private static String claim() {
        return """
                {"claimedScore": 15, "narrative": "代为申报"}""";
    }

    private int events() {
        return system.events(DONGSHAN_ID).size();
    }

    private long files() throws IOException {
        if (!Files.exists(blobs)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(blobs)) {
            return all.filter(Files::isRegularFile).count();
        }
    }
}
