package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.launcher.e2e.LimitCases.RawNumber;
import org.evaltrack.launcher.e2e.LimitCases.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Every command endpoint over real HTTP (on PostgreSQL and on the embedded H2), fed values at and around every limit the kernel
 * declares (longest texts in CJK and emoji, one over, NUL, lone surrogates, controls, CR LF, extreme
 * numbers and scales, edge dates). Each request is either refused with a 4xx problem+json that stores
 * no event, or accepted; everything accepted must then be taken by every read model: no dead letter,
 * no projection in error, and the unit's totals still move afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class LimitsOverHttp {

    private static final String OFFICE = "office";
    private static final String REVIEWER = "reviewer";
    /** Every non-ASCII character escaped, so lone surrogates and NUL reach the server exactly as meant. */
    private static final ObjectMapper JSON = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();

    private HttpApi api;
    private String scheme;
    private String draft;
    private String assessment;
    private String other;
    private String leader;
    private String task;
    private String evidence;
    private final List<String> accepted = new ArrayList<>();

    /** Starts the whole system with the demo case loaded, on the database the subclass names. */
    abstract HttpApi startSystem() throws IOException;

    abstract DataSource dataSource();

    abstract void stopSystem();

    @BeforeAll
    void start() throws IOException {
        api = startSystem();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String deadlines = """
                {"claimsDue": "%s", "evidenceDue": "%s", "reviewDue": "%s"}"""
                .formatted(now.plus(30, ChronoUnit.DAYS), now.plus(35, ChronoUnit.DAYS), now.plus(60, ChronoUnit.DAYS));
        scheme = created(api.post(OFFICE, "/api/schemes", """
                {"year": 2026, "title": "上限测试方案", "documentNumber": "测发〔2026〕1号", "issuer": "测试县绩效办", "deadlines": %s, "bonusCap": 5}""".formatted(deadlines)));
        ok(api.post(OFFICE, "/api/schemes/" + scheme + "/categories", """
                {"categoryCode": "1.1", "section": "COMMON", "name": "重点工作", "budget": 100}"""));
        ok(api.post(OFFICE, "/api/schemes/" + scheme + "/indicators", """
                {"categoryCode": "1.1", "indicatorCode": "1.1.1", "name": "精准脱贫", "scoringMode": "STANDARD", "maxPoints": 90}"""));
        // revised by the cases below, so that 1.1.1 keeps its range for the claims
        ok(api.post(OFFICE, "/api/schemes/" + scheme + "/indicators", """
                {"categoryCode": "1.1", "indicatorCode": "1.1.2", "name": "债务化解", "scoringMode": "STANDARD", "maxPoints": 10}"""));
        ok(api.post(OFFICE, "/api/schemes/" + scheme + "/bonus-rules", """
                {"level": "CENTRAL_MEDIA", "name": "中央主流媒体推介", "pointsPerItem": 0.5}"""));
        ok(api.post(OFFICE, "/api/schemes/" + scheme + "/veto-conditions", """
                {"conditionCode": "V1", "name": "重大安全事故"}"""));
        ok(api.post(OFFICE, "/api/schemes/" + scheme + "/publication", null));
        draft = created(api.post(OFFICE, "/api/schemes", """
                {"year": 2027, "title": "草稿方案", "documentNumber": "测发〔2027〕1号", "issuer": "测试县绩效办", "deadlines": %s, "bonusCap": 5}""".formatted(deadlines)));

        String unit = created(api.post(OFFICE, "/api/units", """
                {"name": "上限测试乡", "kind": "TOWNSHIP"}"""));
        String otherUnit = created(api.post(OFFICE, "/api/units", """
                {"name": "上限测试镇", "kind": "TOWNSHIP"}"""));
        leader = created(api.post(OFFICE, "/api/accounts", """
                {"username": "limits-leader", "password": "%s", "displayName": "测试领导", "role": "LEADER", "unitId": "%s"}"""
                .formatted(HttpApi.PASSWORD, unit)));
        assessment = "/api/assessments/" + created(api.post(OFFICE, "/api/assessments", """
                {"schemeId": "%s", "unitId": "%s"}""".formatted(scheme, unit)));
        other = "/api/assessments/" + created(api.post(OFFICE, "/api/assessments", """
                {"schemeId": "%s", "unitId": "%s"}""".formatted(scheme, otherUnit)));
        task = created(api.post(OFFICE, assessment + "/tasks", """
                {"indicatorCode": "1.1.1", "title": "台账", "requiredItem": "花名册", "leaderId": "%s", "department": "扶贫办", "dueDate": "2030-01-01"}"""
                .formatted(leader)));
        HttpApi.Answer upload = api.upload(OFFICE, assessment + "/evidence", "记录.txt", "text/plain",
                "内容".getBytes(StandardCharsets.UTF_8), Map.of("indicatorCodes", List.of("1.1.1")));
        assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
        evidence = upload.id();
    }

    @AfterAll
    void stop() {
        stopSystem();
    }

    /** A command endpoint, a body it would take, and the fields to vary with the values to try. */
    private record Endpoint(String method, Supplier<String> path, String user, String body, Map<String, List<Value>> fields) {
    }

    private List<Endpoint> endpoints() {
        List<Value> code = LimitCases.texts(TextLimit.CODE);
        List<Value> label = LimitCases.texts(TextLimit.LABEL);
        List<Value> name = LimitCases.texts(TextLimit.NAME);
        List<Value> reason = LimitCases.texts(TextLimit.REASON);
        String s = "/api/schemes/";
        return List.of(
                new Endpoint("POST", () -> "/api/units", OFFICE, """
                        {"name": "乡", "kind": "TOWNSHIP"}""", Map.of("/name", name)),
                new Endpoint("POST", () -> "/api/schemes", OFFICE, """
                        {"year": 2030, "title": "方案", "documentNumber": "文号", "issuer": "县绩效办", "bonusCap": 5,
                         "deadlines": {"claimsDue": "2030-12-01T00:00:00Z", "evidenceDue": "2030-12-10T00:00:00Z", "reviewDue": "2030-12-20T00:00:00Z"}}""",
                        Map.of("/title", name, "/documentNumber", label, "/issuer", name,
                                "/deadlines/claimsDue", LimitCases.instants(), "/deadlines/reviewDue", LimitCases.instants(),
                                "/bonusCap", LimitCases.scores())),
                new Endpoint("POST", () -> s + draft + "/categories", OFFICE, """
                        {"categoryCode": "c", "section": "COMMON", "name": "类别", "budget": 1}""",
                        Map.of("/categoryCode", code, "/name", name, "/budget", LimitCases.scores())),
                new Endpoint("POST", () -> s + draft + "/indicators", OFFICE, """
                        {"categoryCode": "1.1", "indicatorCode": "i", "name": "指标", "scoringMode": "STANDARD", "maxPoints": 1,
                         "subItems": [{"code": "a", "name": "子项"}], "assumption": "假设"}""",
                        Map.of("/indicatorCode", code, "/name", name, "/assumption", reason, "/subItems/0/code", code,
                                "/subItems/0/name", name, "/maxPoints", LimitCases.scores())),
                new Endpoint("POST", () -> s + draft + "/veto-conditions", OFFICE, """
                        {"conditionCode": "v", "name": "否决"}""", Map.of("/conditionCode", code, "/name", name)),
                new Endpoint("POST", () -> s + draft + "/bonus-rules", OFFICE, """
                        {"level": "PROVINCIAL_MEDIA", "name": "省级媒体", "pointsPerItem": 0.3}""",
                        Map.of("/name", name, "/pointsPerItem", LimitCases.scores())),
                new Endpoint("POST", () -> s + scheme + "/indicators/1.1.2/revisions", OFFICE, """
                        {"maxPoints": 10, "reason": "修订"}""", Map.of("/reason", reason, "/maxPoints", LimitCases.scores())),
                new Endpoint("POST", () -> s + scheme + "/categories/1.1/revisions", OFFICE, """
                        {"budget": 100, "reason": "修订"}""", Map.of("/reason", reason, "/budget", LimitCases.scores())),
                new Endpoint("POST", () -> s + scheme + "/deadline-revisions", OFFICE, """
                        {"reason": "修订", "deadlines": {"claimsDue": "2099-12-01T00:00:00Z", "evidenceDue": "2099-12-10T00:00:00Z", "reviewDue": "2099-12-20T00:00:00Z"}}""",
                        Map.of("/reason", reason, "/deadlines/claimsDue", LimitCases.instants(),
                                "/deadlines/evidenceDue", LimitCases.instants())),
                new Endpoint("POST", () -> s + scheme + "/bonus-cap-revisions", OFFICE, """
                        {"bonusCap": 7, "reason": "修订"}""", Map.of("/reason", reason, "/bonusCap", LimitCases.scores())),
                new Endpoint("POST", () -> s + draft + "/closure", OFFICE, """
                        {"reason": "关闭"}""", Map.of("/reason", reason)),
                new Endpoint("POST", () -> "/api/assessments", OFFICE, """
                        {"schemeId": "s", "unitId": "u"}""", Map.of("/schemeId", code, "/unitId", code)),
                new Endpoint("PUT", () -> assessment + "/claims/1.1.1", OFFICE, """
                        {"claimedScore": 1, "narrative": "说明", "reportedFigures": [{"name": "固定资产投资", "value": 1.79, "unit": "亿元"}]}""",
                        Map.of("/narrative", LimitCases.texts(TextLimit.NARRATIVE), "/claimedScore", LimitCases.scores(),
                                "/reportedFigures/0/name", name, "/reportedFigures/0/unit", LimitCases.texts(TextLimit.FIGURE_UNIT),
                                "/reportedFigures/0/value", LimitCases.figureValues())),
                new Endpoint("POST", () -> assessment + "/bonus-claims", OFFICE, """
                        {"level": "CENTRAL_MEDIA", "title": "推介", "source": "人民日报", "awardedOn": "2026-01-01"}""",
                        Map.of("/title", name, "/source", name, "/awardedOn", LimitCases.dates())),
                new Endpoint("POST", () -> assessment + "/claims:batch", OFFICE, """
                        {"claims": [{"indicatorCode": "1.1.1", "claimedScore": 1, "narrative": "说明",
                                     "reportedFigures": [{"name": "固定资产投资", "value": 1.79, "unit": "亿"}]}],
                         "bonusClaims": [{"level": "CENTRAL_MEDIA", "title": "推介", "source": "人民日报", "awardedOn": "2026-01-01"}]}""",
                        Map.of("/claims/0/indicatorCode", code, "/claims/0/narrative", LimitCases.texts(TextLimit.NARRATIVE),
                                "/claims/0/claimedScore", LimitCases.scores(),
                                "/claims/0/reportedFigures/0/unit", LimitCases.texts(TextLimit.FIGURE_UNIT),
                                "/claims/0/reportedFigures/0/value", LimitCases.figureValues(),
                                "/bonusClaims/0/title", name, "/bonusClaims/0/awardedOn", LimitCases.dates())),
                new Endpoint("PUT", () -> assessment + "/report-sections/measures", OFFICE, """
                        {"text": "措施"}""", Map.of("/text", LimitCases.texts(TextLimit.NARRATIVE))),
                new Endpoint("POST", () -> assessment + "/tasks", OFFICE, """
                        {"indicatorCode": "1.1.1", "title": "台账", "requiredItem": "花名册", "leaderId": "%s", "department": "扶贫办", "dueDate": "2030-01-01"}"""
                        .formatted(leader),
                        Map.of("/indicatorCode", code, "/title", name, "/requiredItem", LimitCases.texts(TextLimit.REQUIRED_ITEM),
                                "/department", name, "/dueDate", LimitCases.dates(), "/leaderId", code)),
                new Endpoint("POST", () -> assessment + "/tasks/" + task + "/reassignment", OFFICE, """
                        {"leaderId": "%s", "department": "新部门", "reason": "调整"}""".formatted(leader),
                        Map.of("/department", name, "/reason", reason)),
                new Endpoint("POST", () -> assessment + "/evidence/" + evidence + "/withdrawal", OFFICE, """
                        {"reason": "撤回"}""", Map.of("/reason", reason)),
                new Endpoint("POST", () -> other + "/submission", OFFICE, """
                        {"declared": {"base": 0, "bonus": 0, "total": 0}}""",
                        Map.of("/declared/base", LimitCases.scores(), "/declared/total", LimitCases.scores())),
                new Endpoint("POST", () -> other + "/adjustments", REVIEWER, """
                        {"indicatorCode": "1.1.1", "newScore": 1, "reason": "核减"}""",
                        Map.of("/indicatorCode", code, "/reason", reason, "/newScore", LimitCases.scores())),
                new Endpoint("POST", () -> other + "/vetoes", REVIEWER, """
                        {"conditionCode": "V1", "reason": "事故"}""", Map.of("/conditionCode", code, "/reason", reason)),
                new Endpoint("POST", () -> other + "/vetoes/V1/lifting", REVIEWER, """
                        {"reason": "撤销"}""", Map.of("/reason", reason)),
                new Endpoint("POST", () -> other + "/reopening", OFFICE, """
                        {"reason": "重开"}""", Map.of("/reason", reason)),
                new Endpoint("POST", () -> other + "/bonus-claims/bonus-nope/verification", REVIEWER, """
                        {"note": "属实"}""", Map.of("/note", reason)),
                new Endpoint("POST", () -> other + "/bonus-claims/bonus-nope/rejection", REVIEWER, """
                        {"reason": "不实"}""", Map.of("/reason", reason)),
                new Endpoint("POST", () -> assessment + "/evidence/" + evidence + "/rejection", REVIEWER, """
                        {"reason": "不清晰"}""", Map.of("/reason", reason)),
                new Endpoint("POST", () -> assessment + "/evidence/" + evidence + "/capture-time-acceptance", REVIEWER, """
                        {"reason": "认可"}""", Map.of("/reason", reason)),
                new Endpoint("POST", () -> "/api/accounts", OFFICE, """
                        {"username": "limits-user", "password": "%s", "displayName": "用户", "role": "REVIEWER"}"""
                        .formatted(HttpApi.PASSWORD), Map.of("/username", code, "/displayName", label)),
                new Endpoint("POST", () -> "/api/tokens", OFFICE, """
                        {"name": "脚本", "expiresAt": "%s"}""".formatted(Instant.now().plus(30, ChronoUnit.DAYS)),
                        Map.of("/name", label, "/expiresAt", LimitCases.instants())));
    }

    @Test
    @Order(1)
    void everyCommandEndpointRefusesWhatBreaksALimitAndStoresNothing() throws IOException {
        List<String> broken = new ArrayList<>();
        int sent = 0;
        for (Endpoint endpoint : endpoints()) {
            for (Map.Entry<String, List<Value>> field : endpoint.fields().entrySet()) {
                for (Value value : field.getValue()) {
                    sent++;
                    String what = endpoint.method() + " " + endpoint.path().get() + " " + field.getKey() + " = " + value.label();
                    long before = storedEvents();
                    HttpApi.Answer answer = api.raw(endpoint.method(), endpoint.user(), endpoint.path().get(),
                            "application/json", body(endpoint.body(), field.getKey(), value));
                    judge(what, value.breaksLimit(), answer, before, broken);
                }
            }
        }
        assertThat(broken).as("of %d requests", sent).isEmpty();
        assertThat(sent).isGreaterThan(400);
    }

    @Test
    @Order(2)
    void uploadsObeyTheFileNameAndCaptureTimeLimits() {
        List<String> broken = new ArrayList<>();
        for (Value value : LimitCases.texts(TextLimit.FILE_NAME)) {
            if (value.label().equals("lone surrogate")) {
                continue; // UTF-8 on the wire cannot carry one; the JSON cases cover it
            }
            String name = (String) value.json();
            long before = storedEvents();
            HttpApi.Answer answer = api.upload(OFFICE, assessment + "/evidence", encodedFileName(name), "text/plain",
                    "内容".getBytes(StandardCharsets.UTF_8), Map.of("indicatorCodes", List.of("1.1.1")));
            judge("file name " + value.label(), value.breaksLimit(), answer, before, broken);
        }
        for (Value value : LimitCases.instants()) {
            long before = storedEvents();
            HttpApi.Answer answer = api.upload(OFFICE, assessment + "/evidence", "记录.txt", "text/plain",
                    "内容".getBytes(StandardCharsets.UTF_8),
                    Map.of("indicatorCodes", List.of("1.1.1"), "capturedAt", List.of((String) value.json())));
            judge("capturedAt " + value.label(), value.breaksLimit(), answer, before, broken);
        }
        assertThat(broken).isEmpty();
    }

    @Test
    @Order(3)
    void theValuesThatOnceFrozeAReadModelAreAcceptedAndShown() {
        // the deadline cases above moved the claims deadline to the edges of the accepted range
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ok(api.post(OFFICE, "/api/schemes/" + scheme + "/deadline-revisions", """
                {"reason": "恢复", "deadlines": {"claimsDue": "%s", "evidenceDue": "%s", "reviewDue": "%s"}}"""
                .formatted(now.plus(30, ChronoUnit.DAYS), now.plus(35, ChronoUnit.DAYS), now.plus(60, ChronoUnit.DAYS))));
        ok(api.put(OFFICE, assessment + "/claims/1.1.1", """
                {"claimedScore": 3, "reportedFigures": [{"name": "固定资产投资", "value": 1.79, "unit": "%s"}]}"""
                .formatted("元".repeat(40))));
        ok(api.post(OFFICE, assessment + "/tasks", """
                {"indicatorCode": "1.1.1", "title": "长事项", "requiredItem": "%s", "leaderId": "%s", "department": "扶贫办", "dueDate": "2030-01-01"}"""
                .formatted("要".repeat(800), leader)));
        ok(api.post(OFFICE, assessment + "/tasks/" + task + "/reassignment", """
                {"leaderId": "%s", "department": "另一部门", "reason": "%s"}""".formatted(leader, "因".repeat(1500))));
        ok(api.post(OFFICE, "/api/schemes/" + draft + "/categories", """
                {"categoryCode": "%s", "section": "COMMON", "name": "长编码类别", "budget": 1}""".formatted("c".repeat(40))));
        // raw UTF-8 in the header: 800 bytes fit the 2 KB part-header limit, percent-encoded they would not
        HttpApi.Answer emoji = api.upload(OFFICE, assessment + "/evidence", LimitCases.EMOJI.repeat(196) + ".txt",
                "text/plain", "内容".getBytes(StandardCharsets.UTF_8), Map.of("indicatorCodes", List.of("1.1.1")));
        assertThat(emoji.status()).as(emoji.toString()).isEqualTo(201);
    }

    @Test
    @Order(4)
    void everyReadModelTookEverythingAcceptedAndTheTotalsStillMove() {
        JsonNode statuses = await(OFFICE, "/api/projections",
                all -> all.isArray() && all.size() > 0 && streamOf(all).allMatch(group -> group.path("caughtUp").asBoolean()));
        assertThat(streamOf(statuses).filter(group -> group.path("deadLetters").asLong() > 0 || group.path("error").asBoolean())
                .map(JsonNode::toString).toList()).as("after %d accepted requests", accepted.size()).isEmpty();
        assertThat(deadLetterRows()).isZero();

        ok(api.put(OFFICE, assessment + "/claims/1.1.1", """
                {"claimedScore": 7, "narrative": "最后一次申报"}"""));
        JsonNode totals = await(OFFICE, assessment + "/totals",
                found -> found.path("claimedBase").isNumber() && found.path("claimedBase").decimalValue().compareTo(new BigDecimal("7")) == 0);
        assertThat(totals.path("claimedBase").decimalValue()).isEqualByComparingTo("7");
        assertThat(deadLetterRows()).isZero();
    }

    @Test
    @Order(5)
    void twentyEightBytesWithAHugeExponentAreRefusedAtOnceWithAShortAnswer() {
        for (String body : List.of("{\"claimedScore\":1e999999999}", "{\"claimedScore\":1e100000000}")) {
            long start = System.nanoTime();
            HttpApi.Answer answer = api.raw("PUT", OFFICE, assessment + "/claims/1.1.1", "application/json",
                    body.getBytes(StandardCharsets.UTF_8));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
            assertThat(answer.json().path("code").asText()).isEqualTo("INVALID_SCORE");
            assertThat(answer.body().length()).isLessThan(2_000);
            assertThat(took).as(answer.toString()).isLessThan(Duration.ofSeconds(1));
        }
    }

    private void judge(String what, boolean breaksLimit, HttpApi.Answer answer, long eventsBefore, List<String> broken) {
        int status = answer.status();
        if (status >= 200 && status < 300) {
            if (breaksLimit) {
                broken.add(what + ": accepted although it breaks a limit: " + answer);
            }
            accepted.add(what);
            return;
        }
        if (status < 400 || status >= 500) {
            broken.add(what + ": " + answer);
        } else if (!answer.contentType().startsWith("application/problem+json")) {
            broken.add(what + ": refused without problem+json: " + answer);
        } else if (storedEvents() != eventsBefore) {
            broken.add(what + ": refused but stored events");
        } else if (answer.body().length() > 4_000) {
            broken.add(what + ": refusal echoes too much (" + answer.body().length() + " characters)");
        }
    }

    private static byte[] body(String base, String pointer, Value value) throws IOException {
        ObjectNode body = (ObjectNode) JSON.readTree(base);
        int cut = pointer.lastIndexOf('/');
        JsonNode parent = cut == 0 ? body : body.at(pointer.substring(0, cut));
        String name = pointer.substring(cut + 1);
        if (parent.isArray()) {
            throw new IllegalArgumentException("point at an object field: " + pointer);
        }
        ObjectNode holder = (ObjectNode) parent;
        if (value.json() instanceof RawNumber raw) {
            holder.putRawValue(name, new RawValue(raw.literal()));
        } else {
            holder.put(name, (String) value.json());
        }
        return JSON.writeValueAsBytes(body);
    }

    /** RFC 5987 filename*, so CR LF, NUL and every emoji reach the server inside one header line. */
    private static String encodedFileName(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            encoded.append('%').append(String.format("%02X", b & 0xff));
        }
        return "file.txt\"; filename*=UTF-8''" + encoded + "; x=\"";
    }

    private JsonNode await(String user, String path, Predicate<JsonNode> until) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        HttpApi.Answer last = null;
        while (System.nanoTime() < deadline) {
            last = api.get(user, path);
            if (last.status() == 200 && until.test(last.json())) {
                return last.json();
            }
            sleep();
        }
        throw new AssertionError("gave up waiting for " + path + ": " + last);
    }

    private static Stream<JsonNode> streamOf(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        array.forEach(nodes::add);
        return nodes.stream();
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String created(HttpApi.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.id();
    }

    private static void ok(HttpApi.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isBetween(200, 299);
    }

    private long storedEvents() {
        return count("select count(*) from domain_event_entry");
    }

    private long deadLetterRows() {
        return count("select count(*) from dead_letter_entry");
    }

    private long count(String sql) {
        try (Connection connection = dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery(sql)) {
            count.next();
            return count.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
