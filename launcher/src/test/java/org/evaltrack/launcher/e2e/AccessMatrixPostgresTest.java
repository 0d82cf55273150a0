package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The access matrix (issue 4 §6): every /api endpoint of the running application, as Spring MVC maps it on
 * both sides, called by three outsiders of the demo's 东山 assessment: nobody signed in, the submitter of
 * another unit, and a leader bound to another unit. Who may call what is read from
 * {@code access/endpoints.json}; an endpoint the table does not classify fails the build, so none can be
 * added unguarded. Each refusal stores nothing and is written to {@code access_denial}. Answers are searched
 * as their reader sees them: spreadsheets, Word files and PDFs are unpacked to text first.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixPostgresTest {

    private static final String TABLE = "/access/endpoints.json";
    private static final String OTHER_SUBMITTER = "changpuzi";
    private static final String OTHER_SUBMITTER_ID = "user-submitter-02";
    private static final String OTHER_LEADER = "leader-changpuzi";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String OWNER = "dongshan";
    private static final String OWNER_TOKEN_NAME = "东山乡对账脚本";

    private final RunningSystem system;
    private final JsonNode table;
    private HttpApi api;
    private JdbcTemplate jdbc;
    private String otherLeaderId;
    private String evidenceId;
    private String ownerTokenId;
    private final Map<String, byte[]> workbooks = new LinkedHashMap<>();

    AccessMatrixPostgresTest(PostgresTestDatabase database) throws IOException {
        this.system = new RunningSystem(database, Files.createTempDirectory("evaltrack-blobs"));
        try (InputStream in = AccessMatrixPostgresTest.class.getResourceAsStream(TABLE)) {
            this.table = new ObjectMapper().readTree(in);
        }
    }

    @BeforeAll
    void start() {
        api = system.start().http();
        jdbc = new JdbcTemplate(system.bean(DataSource.class));
        HttpApi.Answer leader = api.post("office", "/api/accounts", """
                {"username": "%s", "password": "%s", "displayName": "长铺子乡责任领导", "role": "LEADER", "unitId": "unit-changpuzi"}"""
                .formatted(OTHER_LEADER, HttpApi.PASSWORD));
        assertThat(leader.status()).as(leader.toString()).isEqualTo(201);
        otherLeaderId = leader.id();

        HttpApi.Answer uploaded = api.upload("dongshan", "/api/assessments/assessment-2019-dongshan/evidence",
                "东山乡扶贫台账.txt", "text/plain", "东山乡扶贫台账\n".getBytes(StandardCharsets.UTF_8),
                Map.of("indicatorCodes", List.of("1.1.1")));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        evidenceId = uploaded.id();
        // the evidence projection follows the event stream on its own thread; refusals must not be 404s
        String content = "/api/assessments/assessment-2019-dongshan/evidence/" + evidenceId + "/content";
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.download("reviewer", content).status() == 200);

        // a token of the unit's submitter: the one no one else may see or revoke
        HttpApi.Answer token = api.post(OWNER, "/api/tokens", """
                {"name": "%s", "expiresAt": "%s"}""".formatted(OWNER_TOKEN_NAME, inThirtyDays()));
        assertThat(token.status()).as(token.toString()).isEqualTo(201);
        ownerTokenId = token.id();

        workbooks.put("claims", claimsWorkbook());
        workbooks.put("scheme", schemeWorkbook());
    }

    /** The unit's own claims template with one claim filled in, as its submitter would upload it. */
    private byte[] claimsWorkbook() {
        HttpApi.Download template = api.download(OWNER,
                "/api/imports/assessments/assessment-2019-dongshan/claims-template.xlsx");
        assertThat(template.status()).as(template.toString()).isEqualTo(200);
        FilledWorkbook workbook = new FilledWorkbook(template.body());
        return workbook.set("自评", workbook.rowOf("自评", "1.1.1"), "自评分", 10).bytes();
    }

    /** A small scheme in the office's template, as the office would upload it. */
    private byte[] schemeWorkbook() {
        HttpApi.Download template = api.download("office", "/api/imports/scheme-template.xlsx");
        assertThat(template.status()).as(template.toString()).isEqualTo(200);
        LocalDate today = LocalDate.now();
        return new FilledWorkbook(template.body())
                .add("方案", FilledWorkbook.values("年度", 2031, "方案名称", "越权导入的考核方案", "文号", "遂办发〔2031〕1号",
                        "发文单位", "遂宁县绩效办", "自评截止", today.plusDays(30).atTime(23, 59, 59),
                        "佐证截止", today.plusDays(40).toString(), "审核截止", today.plusDays(50).atStartOfDay(),
                        "加分上限", new BigDecimal("5")))
                .add("类别", FilledWorkbook.values("板块", "共性考核指标", "类别编号", "1.1", "类别名称", "越权类别",
                        "分值", new BigDecimal("10")))
                .add("指标", FilledWorkbook.values("类别编号", "1.1", "指标编号", "1.1.1", "指标名称", "越权指标",
                        "评分方式", "标准计分", "分值", new BigDecimal("10")))
                .bytes();
    }

    private static String inThirtyDays() {
        return Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    @AfterAll
    void stop() {
        system.close();
    }

    @Test
    void everyEndpointOfTheApplicationIsClassified() {
        Set<String> mapped = mappedEndpoints();
        Set<String> classified = new TreeSet<>();
        table.path("endpoints").forEach(row -> classified.add(row.path("endpoint").asText()));

        assertThat(mapped).as("mapped endpoints").hasSizeGreaterThan(40);
        Set<String> unclassified = new TreeSet<>(mapped);
        unclassified.removeAll(classified);
        assertThat(unclassified).as("endpoints missing from " + TABLE + ": add a row for each").isEmpty();
        Set<String> gone = new TreeSet<>(classified);
        gone.removeAll(mapped);
        assertThat(gone).as("rows in " + TABLE + " for endpoints that no longer exist").isEmpty();
    }

    @Test
    void everyRowIsComplete() {
        table.path("endpoints").forEach(row -> {
            String access = row.path("access").asText();
            assertThat(access).as(row.toString()).isIn("UNIT", "OFFICE", "OPEN", "OWN");
            assertThat(row.path("why").asText()).as(row.toString()).isNotBlank();
            String pattern = row.path("endpoint").asText().split(" ")[1];
            String path = row.path("path").asText().split("\\?")[0];
            // a row's request must reach its own endpoint, or a refusal would prove nothing about it
            assertThat(path).as(row.toString()).matches(pattern.replaceAll("\\{[^}]+}", "[^/]+"));
            if (access.equals("OPEN") || access.equals("OWN")) {
                assertThat(row.path("submitter").isInt() && row.path("leader").isInt()).as(row.toString()).isTrue();
            }
            if (row.has("workbook")) {
                assertThat(workbooks).as(row.toString()).containsKey(row.path("workbook").asText());
            }
        });
    }

    /** The workbooks outsiders upload get past the file checks when their rightful caller sends them. */
    @Test
    void theUploadedWorkbooksAreOnesTheirOwnerCouldImport() {
        HttpApi.Answer scheme = api.upload("office", "/api/imports/schemes", "方案.xlsx", XLSX, workbooks.get("scheme"), Map.of());
        assertThat(scheme.status()).as(scheme.toString()).isEqualTo(201);

        // the unit has submitted, so its own import reaches the assessment and is refused there, not on the file
        HttpApi.Answer claims = api.upload(OWNER, "/api/imports/assessments/assessment-2019-dongshan/claims", "自评.xlsx",
                XLSX, workbooks.get("claims"), Map.of());
        assertThat(claims.status()).as(claims.toString()).isEqualTo(409);
        assertThat(claims.json().path("code").asText()).isEqualTo("CLAIMS_LOCKED");
    }

    @TestFactory
    Stream<DynamicTest> outsidersAreRefusedOrSeeNothingOfTheUnit() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode row : table.path("endpoints")) {
            String name = row.path("endpoint").asText() + " [" + row.path("access").asText() + "]";
            tests.add(DynamicTest.dynamicTest(name + " anonymous", () -> expectRefusal(row, null, null, 401)));
            tests.add(DynamicTest.dynamicTest(name + " other unit's submitter",
                    () -> expect(row, OTHER_SUBMITTER, OTHER_SUBMITTER_ID, "submitter")));
            tests.add(DynamicTest.dynamicTest(name + " leader of another unit",
                    () -> expect(row, OTHER_LEADER, otherLeaderId, "leader")));
        }
        return tests.stream();
    }

    private void expect(JsonNode row, String user, String userId, String kind) {
        String access = row.path("access").asText();
        if (access.equals("OWN")) {
            expectOwnAccountOnly(row, user, userId, row.path(kind).asInt());
            return;
        }
        if (!access.equals("OPEN")) {
            expectRefusal(row, user, userId, 403);
            return;
        }
        int status = row.path(kind).asInt();
        if (status >= 400) {
            expectRefusal(row, user, userId, status);
            return;
        }
        long events = events();
        HttpApi.Answer answer = send(row, user);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        table.path("otherUnitData").forEach(data -> assertThat(answer.body())
                .as("%s answered %s with the other unit's data", row.path("endpoint").asText(), user)
                .doesNotContain(data.asText()));
        assertThat(events()).as("events stored").isEqualTo(events);
    }

    /**
     * An endpoint about the caller's own account answers every signed-in user, but only about that user: the
     * unit's submitter's token is never listed, never revoked, and a token created is the caller's own.
     */
    private void expectOwnAccountOnly(JsonNode row, String user, String userId, int status) {
        long events = events();
        long tokensOfOthers = tokensNotOf(userId);

        HttpApi.Answer answer = send(row, user);

        assertThat(answer.status()).as(row.path("endpoint").asText() + " as " + user + ": " + answer).isEqualTo(status);
        if (status >= 400) {
            assertThat(answer.contentType()).as(answer.toString()).startsWith(PROBLEM_JSON);
        }
        List<String> owners = new ArrayList<>(List.of(OWNER_TOKEN_NAME));
        if (!path(row).contains(ownerTokenId)) {
            // a caller who named the token in the path may see it echoed back, which tells nothing new
            owners.add(ownerTokenId);
        }
        table.path("otherUnitData").forEach(data -> owners.add(data.asText()));
        owners.forEach(data -> assertThat(answer.body())
                .as("%s answered %s with another account's data", row.path("endpoint").asText(), user)
                .doesNotContain(data));
        assertThat(jdbc.queryForObject("select revoked_at is null from personal_token where token_id = ?", Boolean.class,
                ownerTokenId)).as("the unit's submitter's token is still active").isTrue();
        assertThat(tokensNotOf(userId)).as("tokens of other accounts").isEqualTo(tokensOfOthers);
        assertThat(events()).as("events stored").isEqualTo(events);
    }

    private long tokensNotOf(String userId) {
        return jdbc.queryForObject("select count(*) from personal_token where user_id <> ? and revoked_at is null",
                Long.class, userId);
    }

    private void expectRefusal(JsonNode row, String user, String userId, int status) {
        long events = events();
        long lastDenial = lastDenial();

        HttpApi.Answer answer = send(row, user);

        assertThat(answer.status()).as(row.path("endpoint").asText() + " as " + user + ": " + answer).isEqualTo(status);
        assertThat(answer.contentType()).as(answer.toString()).startsWith(PROBLEM_JSON);
        assertThat(events()).as("events stored by a refused request").isEqualTo(events);
        String path = path(row).split("\\?")[0];
        List<Map<String, Object>> denials = jdbc.queryForList("select user_id, method, path, code from access_denial"
                + " where id > ? and method = ? and path = ?", lastDenial, method(row), path);
        assertThat(denials).as("access_denial rows for " + method(row) + " " + path).hasSize(1);
        assertThat(denials.get(0).get("user_id")).isEqualTo(userId);
        assertThat(denials.get(0).get("code")).isEqualTo(answer.json().path("code").asText());
    }

    private HttpApi.Answer send(JsonNode row, String user) {
        String method = method(row);
        String path = path(row);
        if (row.has("multipart")) {
            Map<String, List<String>> fields = new LinkedHashMap<>();
            row.path("multipart").fields().forEachRemaining(field -> {
                List<String> values = new ArrayList<>();
                field.getValue().forEach(value -> values.add(value.asText()));
                fields.put(field.getKey(), values);
            });
            if (row.has("workbook")) {
                return api.upload(user, path, "越权导入.xlsx", XLSX, workbooks.get(row.path("workbook").asText()), fields);
            }
            return api.upload(user, path, "越权上传.txt", "text/plain", "越权上传\n".getBytes(StandardCharsets.UTF_8), fields);
        }
        String json = row.has("json") ? row.path("json").toString().replace("${inThirtyDays}", inThirtyDays()) : null;
        return switch (method) {
            case "GET" -> readable(api.download(user, path));
            case "POST" -> api.post(user, path, json);
            case "PUT" -> api.put(user, path, json);
            default -> api.raw(method, user, path, json == null ? null : "application/json",
                    json == null ? null : json.getBytes(StandardCharsets.UTF_8));
        };
    }

    /** A downloaded answer with its body as the text its reader would see. */
    private static HttpApi.Answer readable(HttpApi.Download download) {
        return new HttpApi.Answer(download.status(), download.contentType(),
                AnswerText.of(download.contentType(), download.body()),
                java.net.http.HttpHeaders.of(download.headers(), (name, value) -> true));
    }

    private static String method(JsonNode row) {
        return row.path("endpoint").asText().split(" ")[0];
    }

    private String path(JsonNode row) {
        return row.path("path").asText().replace("${evidenceId}", evidenceId).replace("${tokenId}", ownerTokenId);
    }

    /** "METHOD /api/pattern" for every handler method of every MVC mapping in the context, both sides. */
    private Set<String> mappedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingHandlerMapping mapping : system.beans(RequestMappingHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<String> methods = new TreeSet<>();
                info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
                if (methods.isEmpty()) {
                    methods.add("ANY");
                }
                for (String pattern : info.getPatternValues()) {
                    if (pattern.startsWith("/api/") || pattern.equals("/api")) {
                        methods.forEach(m -> endpoints.add(m + " " + pattern));
                    }
                }
            }
        }
        return endpoints;
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private long lastDenial() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from access_denial", Long.class);
    }
}
