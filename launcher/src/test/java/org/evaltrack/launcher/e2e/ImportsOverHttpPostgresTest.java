package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.evaltrack.launcher.e2e.FilledWorkbook.values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.poi.ss.util.CellRangeAddress;
import org.axonframework.eventhandling.DomainEventMessage;
import org.evaltrack.kernel.assessment.BonusClaimed;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.evaltrack.kernel.scheme.SchemePublished;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Excel imports over HTTP on PostgreSQL: the reference scheme written into the downloaded template
 * comes back as the same scheme the demo loader built; a unit imports its claims from its own
 * template; a bad workbook stores nothing and says what is wrong where.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportsOverHttpPostgresTest {

    private static final String SCHEME_TEMPLATE = "/api/imports/scheme-template.xlsx";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DEMO_SCHEME = "scheme-2019-suining";
    private static final String DONGSHAN = "assessment-2019-dongshan";

    private final RunningSystem system;
    private HttpApi api;
    private JsonNode demo;

    ImportsOverHttpPostgresTest(PostgresTestDatabase database) throws IOException {
        this.system = new RunningSystem(database, Files.createTempDirectory("evaltrack-blobs"));
    }

    @BeforeAll
    void start() throws IOException {
        api = system.start().http();
        try (InputStream in = getClass().getResourceAsStream("/demo/dongshan-2019.json")) {
            demo = new ObjectMapper().readTree(in);
        }
        // the demo's totals are the reference the imported scheme is compared with; the projection
        // follows the events on its own thread, so wait until every indicator of the scheme is in
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> complete(totals(DONGSHAN)));
    }

    @AfterAll
    void stop() {
        system.close();
    }

    @Test
    void theSchemeTemplateIsAWorkbookForTheOfficeOnly() {
        HttpApi.Download template = api.download("office", SCHEME_TEMPLATE);
        assertThat(template.status()).as(template.toString()).isEqualTo(200);
        assertThat(template.contentType()).isEqualTo(XLSX);
        assertThat(template.contentDisposition()).startsWith("attachment;").contains(".xlsx");
        FilledWorkbook workbook = new FilledWorkbook(template.body());
        List<String> sheets = new ArrayList<>();
        workbook.workbook().forEach(sheet -> sheets.add(sheet.getSheetName()));
        assertThat(sheets).containsExactly("填写说明 Instructions", "方案 Scheme", "类别 Categories", "指标 Indicators",
                "子项 SubItems", "加分规则 BonusRules", "一票否决 Vetoes");

        assertThat(api.download("reviewer", SCHEME_TEMPLATE).status()).isEqualTo(403);
        assertThat(api.download(null, SCHEME_TEMPLATE).status()).isEqualTo(401);
    }

    @Test
    void theReferenceSchemeWrittenIntoTheTemplateImportsAsTheSameSchemeTheDemoLoaderBuilt() {
        FilledWorkbook workbook = referenceScheme();
        long before = storedEvents();

        HttpApi.Answer imported = api.upload("office", "/api/imports/schemes?publish=true", "方案.xlsx", XLSX,
                workbook.bytes(), Map.of());

        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        JsonNode body = imported.json();
        String schemeId = body.path("id").asText();
        int indicators = 0;
        int subItems = 0;
        for (JsonNode category : demo.path("scheme").path("categories")) {
            indicators += category.path("indicators").size();
            for (JsonNode indicator : category.path("indicators")) {
                subItems += indicator.path("subItems").size();
            }
        }
        assertThat(body.path("published").asBoolean()).isTrue();
        assertThat(body.path("categories").asInt()).isEqualTo(demo.path("scheme").path("categories").size());
        assertThat(body.path("indicators").asInt()).isEqualTo(indicators);
        assertThat(body.path("subItems").asInt()).isEqualTo(subItems);
        assertThat(body.path("bonusRules").asInt()).isEqualTo(demo.path("scheme").path("bonusRules").size());
        assertThat(body.path("vetoConditions").asInt()).isEqualTo(demo.path("scheme").path("vetoConditions").size());
        List<DomainEventMessage<?>> events = system.events(schemeId);
        assertThat(events).hasSize(body.path("commands").asInt());
        assertThat(events.get(events.size() - 1).getPayload()).isInstanceOf(SchemePublished.class);
        assertThat(storedEvents()).isEqualTo(before + events.size());

        // the query side sees the scheme through an assessment opened under it, as it sees the demo's
        HttpApi.Answer unit = api.post("office", "/api/units", """
                {"name": "导入方案测试乡", "kind": "TOWNSHIP"}""");
        HttpApi.Answer opened = api.post("office", "/api/assessments", """
                {"schemeId": "%s", "unitId": "%s"}""".formatted(schemeId, unit.id()));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> complete(totals(opened.id())));
        JsonNode fromWorkbook = totals(opened.id());
        JsonNode fromDemo = totals(DONGSHAN);

        assertThat(indicators(fromWorkbook)).isEqualTo(indicators(fromDemo)).hasSize(indicators);
        assertThat(categories(fromWorkbook)).isEqualTo(categories(fromDemo));
        assertThat(fromWorkbook.path("bonusCap").decimalValue()).isEqualByComparingTo(fromDemo.path("bonusCap").decimalValue());
    }

    @Test
    void theSameKeyAndFileSentToPublishIs422NotAReplayOfTheDraft() {
        byte[] file = referenceScheme().bytes();

        HttpApi.Answer draft = api.upload("office", "/api/imports/schemes", "方案.xlsx", XLSX, file, Map.of(),
                "Idempotency-Key", "import-publish-1");
        long events = storedEvents();
        HttpApi.Answer publish = api.upload("office", "/api/imports/schemes?publish=true", "方案.xlsx", XLSX, file, Map.of(),
                "Idempotency-Key", "import-publish-1");

        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        assertThat(draft.json().path("published").asBoolean()).isFalse();
        assertThat(publish.status()).as(publish.toString()).isEqualTo(422);
        assertThat(publish.contentType()).startsWith("application/problem+json");
        assertThat(publish.json().path("code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(publish.header("Idempotent-Replayed")).isNull();
        assertThat(storedEvents()).isEqualTo(events);
    }

    @Test
    void aWorkbookWithProblemsIsRefusedRowByRowInBothLanguagesAndStoresNothing() {
        FilledWorkbook workbook = referenceScheme();
        int precisePoverty = workbook.rowOf("指标", "指标编号", "1.1.1");
        workbook.set("指标", precisePoverty, "分值", "十五分");
        workbook.workbook().getSheet("指标 Indicators").getRow(precisePoverty).getCell(
                workbook.column(workbook.sheet("指标"), "分值")).setCellFormula("2+3");
        workbook.workbook().getSheet("类别 Categories").addMergedRegion(CellRangeAddress.valueOf("C3:C4"));
        long before = storedEvents();

        HttpApi.Answer refused = api.upload("office", "/api/imports/schemes", "方案.xlsx", XLSX, workbook.bytes(), Map.of(),
                "Accept-Language", "en");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.path("type").asText()).isEqualTo("urn:evaltrack:error:IMPORT_INVALID");
        assertThat(problem.path("detail").asText()).matches("\\p{ASCII}+");
        List<JsonNode> rows = new ArrayList<>();
        problem.path("problems").forEach(rows::add);
        assertThat(rows).extracting(p -> p.path("sheet").asText(), p -> p.path("row").asInt(), p -> p.path("code").asText())
                .contains(
                        tuple("指标 Indicators", precisePoverty, "NOT_A_NUMBER"),
                        tuple("指标 Indicators", precisePoverty + 1, "FORMULA"),
                        tuple("类别 Categories", 3, "MERGED_CELL"));
        JsonNode text = rows.stream().filter(p -> p.path("code").asText().equals("NOT_A_NUMBER")).findFirst().orElseThrow();
        assertThat(text.path("column").asText()).isEqualTo("分值 Max points");
        assertThat(text.path("value").asText()).isEqualTo("十五分");
        assertThat(text.path("message").path("zh").asText()).containsPattern("\\p{IsHan}");
        assertThat(text.path("message").path("en").asText()).contains("number").isNotEqualTo(text.path("message").path("zh").asText());
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aUnitImportsItsClaimsAndBonusListFromItsOwnTemplate() {
        String unitId = api.post("office", "/api/units", """
                {"name": "导入自评测试乡", "kind": "TOWNSHIP"}""").id();
        String username = "importer-" + UUID.randomUUID().toString().substring(0, 8);
        HttpApi.Answer account = api.post("office", "/api/accounts", """
                {"username": "%s", "password": "%s", "displayName": "导入测试", "role": "SUBMITTER", "unitId": "%s"}"""
                .formatted(username, HttpApi.PASSWORD, unitId));
        assertThat(account.status()).as(account.toString()).isEqualTo(201);
        String assessmentId = api.post("office", "/api/assessments", """
                {"schemeId": "%s", "unitId": "%s"}""".formatted(DEMO_SCHEME, unitId)).id();
        String templatePath = "/api/imports/assessments/" + assessmentId + "/claims-template.xlsx";

        HttpApi.Download template = api.download(username, templatePath);

        assertThat(template.status()).as(template.toString()).isEqualTo(200);
        FilledWorkbook workbook = new FilledWorkbook(template.body());
        List<String> listed = new ArrayList<>();
        var claims = workbook.sheet("自评");
        for (int r = 2; r <= claims.getLastRowNum(); r++) {
            listed.add(claims.getRow(r).getCell(0).getStringCellValue());
        }
        List<String> schemeCodes = new ArrayList<>();
        demo.path("scheme").path("categories").forEach(c -> c.path("indicators").forEach(i -> schemeCodes.add(i.path("code").asText())));
        assertThat(listed).isEqualTo(schemeCodes);
        assertThat(claims.getRow(workbook.rowOf("自评", "1.1.1") - 1).getCell(1).getStringCellValue()).isEqualTo("精准脱贫");

        workbook.set("自评", workbook.rowOf("自评", "1.1.1"), "自评分", new BigDecimal("14.5"))
                .set("自评", workbook.rowOf("自评", "1.1.1"), "自评说明", "脱贫 30 户")
                .set("自评", workbook.rowOf("自评", "2.1.1"), "自评分", 4)
                .set("自评", workbook.rowOf("自评", "2.1.2"), "自评分", -1)
                .add("报送数据", values("指标编号", "2.1.1", "数据名称", "固定资产投资", "数值", new BigDecimal("1.79"), "单位", "亿元"))
                .add("报送数据", values("指标编号", "2.1.1", "数据名称", "一般公共预算收入", "数值", "17168万"))
                .add("报送数据", values("指标编号", "2.1.1", "数据名称", "调研报告", "数值", "3篇"))
                .add("加分", values("级别", "中央主流媒体推介", "名称", "《导入测试乡：一项报道》", "来源", "人民网",
                        "日期", LocalDate.of(2019, 11, 20)));
        String importPath = "/api/imports/assessments/" + assessmentId + "/claims";

        // another unit's submitter may neither download nor import this unit's workbook
        assertThat(api.download("dongshan", templatePath).status()).isEqualTo(403);
        HttpApi.Answer outsider = api.upload("dongshan", importPath, "自评.xlsx", XLSX, workbook.bytes(), Map.of());
        assertThat(outsider.status()).as(outsider.toString()).isEqualTo(403);
        assertThat(outsider.json().path("code").asText()).isEqualTo("OTHER_UNIT");
        assertThat(system.events(assessmentId)).hasSize(1);

        HttpApi.Answer imported = api.upload(username, importPath, "自评.xlsx", XLSX, workbook.bytes(), Map.of());

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().path("claims").asInt()).isEqualTo(3);
        assertThat(imported.json().path("figures").asInt()).isEqualTo(3);
        JsonNode warnings = imported.json().path("warnings");
        assertThat(warnings).as(imported.toString()).hasSize(1);
        assertThat(warnings.get(0).path("code").asText()).isEqualTo("UNKNOWN_FIGURE_UNIT");
        assertThat(warnings.get(0).path("about").path("unit").asText()).isEqualTo("篇");
        assertThat(warnings.get(0).path("about").path("value").asText()).isEqualTo("3");
        assertThat(imported.json().path("bonusClaims").asInt()).isEqualTo(1);
        assertThat(imported.json().path("rows")).hasSize(4);
        List<Object> payloads = system.events(assessmentId).stream().skip(1).map(e -> (Object) e.getPayload()).toList();
        assertThat(payloads).hasSize(4);
        assertThat(payloads.subList(0, 3)).allMatch(ScoreClaimed.class::isInstance);
        assertThat(((ScoreClaimed) payloads.get(1)).reportedFigures())
                .extracting(f -> f.name() + " " + f.value().toPlainString() + " " + f.unit())
                .containsExactly("固定资产投资 1.79 亿元", "一般公共预算收入 17168 万", "调研报告 3 篇");
        assertThat(payloads.get(3)).isInstanceOf(BonusClaimed.class);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonNode totals = totals(assessmentId);
            return totals != null && totals.path("claimedBase").decimalValue().compareTo(new BigDecimal("17.50")) == 0;
        });
    }

    @Test
    void claimsRefusedByTheAssessmentAreReportedAgainstTheirRowAndNothingIsStored() {
        // the demo's units have submitted: their claims are locked
        FilledWorkbook workbook = new FilledWorkbook(
                api.download("dongshan", "/api/imports/assessments/" + DONGSHAN + "/claims-template.xlsx").body());
        workbook.set("自评", workbook.rowOf("自评", "1.1.1"), "自评分", 10)
                .set("自评", workbook.rowOf("自评", "1.1.2"), "自评分", 5);
        long before = storedEvents();

        HttpApi.Answer refused = api.upload("dongshan", "/api/imports/assessments/" + DONGSHAN + "/claims", "自评.xlsx", XLSX,
                workbook.bytes(), Map.of());

        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().path("code").asText()).isEqualTo("CLAIMS_LOCKED");
        JsonNode row = refused.json().path("problems").get(0);
        assertThat(row.path("sheet").asText()).isEqualTo("自评 Claims");
        assertThat(row.path("row").asInt()).isEqualTo(workbook.rowOf("自评", "1.1.1"));
        assertThat(row.path("message").path("zh").asText()).containsPattern("\\p{IsHan}");
        assertThat(storedEvents()).isEqualTo(before);
    }

    /** The demo's scheme as the office would type it into the downloaded template. */
    private FilledWorkbook referenceScheme() {
        FilledWorkbook workbook = new FilledWorkbook(api.download("office", SCHEME_TEMPLATE).body());
        JsonNode scheme = demo.path("scheme");
        ZoneId zone = ZoneId.of(demo.path("zone").asText());
        LocalDate today = LocalDate.now(zone);
        JsonNode offsets = scheme.path("deadlines");
        workbook.add("方案", values("年度", scheme.path("year").asInt(), "方案名称", scheme.path("title").asText(),
                "文号", scheme.path("documentNumber").asText(), "发文单位", scheme.path("issuer").asText(),
                "自评截止", today.plusDays(offsets.path("claimsDueInDays").asInt()).atTime(LocalTime.of(23, 59, 59)),
                "佐证截止", today.plusDays(offsets.path("evidenceDueInDays").asInt()).toString(),
                "审核截止", today.plusDays(offsets.path("reviewDueInDays").asInt()).atStartOfDay(),
                "加分上限", scheme.path("bonusCap").decimalValue()));
        for (JsonNode category : scheme.path("categories")) {
            workbook.add("类别", values("板块", "COMMON".equals(category.path("section").asText()) ? "共性考核指标" : "个性指标",
                    "类别编号", category.path("code").asText(), "类别名称", category.path("name").asText(),
                    "分值", category.path("budget").decimalValue()));
            for (JsonNode indicator : category.path("indicators")) {
                boolean deduction = "DEDUCTION_ONLY".equals(indicator.path("scoringMode").asText());
                workbook.add("指标", values("类别编号", category.path("code").asText(), "指标编号", indicator.path("code").asText(),
                        "指标名称", indicator.path("name").asText(), "评分方式", deduction ? "反向扣分" : "标准计分",
                        "分值", deduction ? null : indicator.path("maxPoints").decimalValue(),
                        "扣分下限", indicator.has("floor") ? indicator.path("floor").decimalValue() : null,
                        "推定说明", indicator.has("assumption") ? indicator.path("assumption").asText() : null));
                for (JsonNode subItem : indicator.path("subItems")) {
                    workbook.add("子项", values("指标编号", indicator.path("code").asText(), "子项编号", subItem.path("code").asText(),
                            "子项名称", subItem.path("name").asText()));
                }
            }
        }
        for (JsonNode rule : scheme.path("bonusRules")) {
            workbook.add("加分规则", values("级别", rule.path("level").asText(), "规则名称", rule.path("name").asText(),
                    "每项加分", rule.path("pointsPerItem").decimalValue()));
        }
        for (JsonNode veto : scheme.path("vetoConditions")) {
            workbook.add("一票否决", values("情形编号", veto.path("code").asText(), "情形 Condition", veto.path("name").asText()));
        }
        return workbook;
    }

    private JsonNode totals(String assessmentId) {
        HttpApi.Answer answer = api.get("reviewer", "/api/assessments/" + assessmentId + "/totals");
        return answer.status() == 200 && answer.json().path("indicators").size() > 0 ? answer.json() : null;
    }

    /** The totals list every indicator and category of the reference scheme. */
    private boolean complete(JsonNode totals) {
        if (totals == null) {
            return false;
        }
        int indicators = 0;
        for (JsonNode category : demo.path("scheme").path("categories")) {
            indicators += category.path("indicators").size();
        }
        return totals.path("indicators").size() == indicators
                && totals.path("categories").size() == demo.path("scheme").path("categories").size();
    }

    private static List<String> indicators(JsonNode totals) {
        List<String> rows = new ArrayList<>();
        totals.path("indicators").forEach(i -> rows.add(i.path("indicatorCode").asText() + " | " + i.path("name").asText()
                + " | " + i.path("categoryCode").asText() + " | " + i.path("maxPoints").decimalValue().stripTrailingZeros().toPlainString()));
        rows.sort(String::compareTo);
        return rows;
    }

    private static List<String> categories(JsonNode totals) {
        List<String> rows = new ArrayList<>();
        totals.path("categories").forEach(c -> rows.add(c.path("categoryCode").asText() + " | " + c.path("name").asText()
                + " | " + c.path("section").asText() + " | " + c.path("budget").decimalValue().stripTrailingZeros().toPlainString()));
        rows.sort(String::compareTo);
        return rows;
    }

    private long storedEvents() {
        try (Connection connection = system.bean(DataSource.class).getConnection();
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("select count(*) from domain_event_entry")) {
            count.next();
            return count.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
