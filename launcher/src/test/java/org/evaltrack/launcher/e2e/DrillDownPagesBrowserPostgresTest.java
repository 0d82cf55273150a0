package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * 得分反查 on the demo case after a reviewer lowered 精准脱贫 from 15 to 14: three clicks from a unit in the
 * dashboard's ranking to that indicator's events (claim, adjustment with its reason, who, when, before → after)
 * and evidence (the audit trail's download link); the heat map's cells coloured and worded by their score rate,
 * each leading to its category; the discrepancies filtered, grouped and linked to what they concern; another
 * unit's submitter refused with the application's page. Desktop (1366 px) and phone (390 px), Chinese and English.
 */
class DrillDownPagesBrowserPostgresTest extends BrowserTestBase {

    private static final String DONGSHAN = "assessment-2019-dongshan";
    private static final String SCHEME = "scheme-2019-suining";
    private static final String REASON = "筛查台账缺两户";
    private static final Map<String, String> BACKGROUNDS = Map.of("GREEN", "rgba(212, 237, 218, 1)",
            "AMBER", "rgba(255, 240, 194, 1)", "RED", "rgba(248, 212, 213, 1)", "GREY", "rgba(236, 238, 241, 1)");
    private static final String FILE = "精准脱贫-补充台账.txt";
    private static final String CONTENT = "东山侗族乡 2019 年脱贫户补充台账（测试文件）";

    DrillDownPagesBrowserPostgresTest(PostgresTestDatabase database) {
        super(database);
    }

    /** A file of the test's own for 精准脱贫 (the demo's evidence has no file in the test's store), then the adjustment. */
    @BeforeAll
    void attachAFileAndAdjustOneScore() {
        HttpApi api = system().http();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            HttpApi.Answer totals = api.get("reviewer", "/api/assessments/" + DONGSHAN + "/totals");
            HttpApi.Answer ranking = api.get("reviewer", "/api/schemes/" + SCHEME + "/ranking");
            return totals.status() == 200 && "SUBMITTED".equals(totals.json().path("status").asText())
                    && totals.json().path("base").decimalValue().compareTo(new BigDecimal("92")) == 0
                    && ranking.status() == 200 && ranking.json().path("rows").size() == 2;
        });
        HttpApi.Answer upload = api.upload("dongshan", "/api/assessments/" + DONGSHAN + "/evidence", FILE, "text/plain",
                CONTENT.getBytes(StandardCharsets.UTF_8), Map.of("indicatorCodes", List.of("1.1.1")));
        assertThat(upload.status()).as(upload.toString()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("reviewer", "/api/assessments/" + DONGSHAN + "/evidence")
                .json().path("evidence").toString().contains(FILE));
        HttpApi.Answer adjustment = api.post("reviewer", "/api/assessments/" + DONGSHAN + "/adjustments",
                "{\"indicatorCode\":\"1.1.1\",\"newScore\":14,\"reason\":\"" + REASON + "\"}");
        assertThat(adjustment.status()).as(adjustment.toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("reviewer", "/api/assessments/" + DONGSHAN + "/totals")
                .json().path("base").decimalValue().compareTo(new BigDecimal("91")) == 0);
    }

    @ParameterizedTest
    @ValueSource(ints = {1366, 390})
    void threeClicksLeadFromTheRankingToAnIndicatorsEventsAndEvidence(int width) {
        JsonNode totals = system().http().get("reviewer", "/api/assessments/" + DONGSHAN + "/totals").json();
        JsonNode category = find(totals.path("categories"), "categoryCode", "1.1");
        Browser browser = sized(width).signIn("reviewer", PASSWORD).awaitVisible("#reviewer-home").open("/dashboard")
                .awaitVisible("#ranking-table");
        screenshot("ranking");

        // click 1: the unit's name in the ranking
        browser.find("#ranking-table tr.ranking-row[data-unit=unit-dongshan] a.unit-link").click();
        browser.awaitPath("/assessments/" + DONGSHAN + "/scores").awaitVisible("#categories");
        fitsTheWidth(browser, width);
        assertThat(browser.text("h1")).isEqualTo("东山侗族乡得分反查");
        assertThat(browser.text("#drill-total")).isEqualTo(totals.path("total").decimalValue().toPlainString());
        String summary = browser.text("#category-1\\.1 > summary");
        assertThat(summary).contains("三大攻坚战",
                "小计 " + scale(category.path("subtotal")) + " / 分值 " + scale(category.path("budget")),
                percent(category.path("subtotal"), category.path("budget")),
                lightZh(category.path("subtotal"), category.path("budget")));
        assertThat(browser.text("#drill-legend")).contains("绿灯：90% 及以上", "黄灯：60% 至不足 90%", "红灯：不足 60%", "灰灯：尚未自评");
        assertThat(browser.find("#indicator-1\\.1\\.1 a.indicator-link").isDisplayed()).as("categories start closed").isFalse();
        screenshot("unit-zh");

        // click 2: the category; click 3: the indicator
        browser.find("#category-1\\.1 > summary").click();
        browser.awaitVisible("#indicator-1\\.1\\.1 a.indicator-link");
        assertThat(browser.text("#indicator-1\\.1\\.1 .state")).isEqualTo("已调整");
        assertThat(browser.text("#indicator-1\\.1\\.1 .effective-value")).isEqualTo("14.00");
        browser.find("#indicator-1\\.1\\.1 a.indicator-link").click();
        browser.awaitPath("/assessments/" + DONGSHAN + "/scores/1.1.1").awaitVisible("#indicator-events");
        fitsTheWidth(browser, width);

        assertThat(browser.text("h1")).isEqualTo("精准脱贫");
        assertThat(browser.text("#crumbs")).contains("综合看板", "东山侗族乡", "三大攻坚战", "精准脱贫");
        assertThat(browser.text("#indicator-summary .light")).isEqualTo("绿灯");
        assertThat(browser.text("#indicator-summary .max")).isEqualTo("最高 15 分");
        List<WebElement> events = browser.findAll("#indicator-events tr.drill-event");
        assertThat(events).extracting(e -> e.findElement(By.cssSelector(".kind")).getText())
                .contains("单位自评", "审核调整").doesNotContainNull();
        WebElement claim = events.stream().filter(e -> e.getText().contains("单位自评")).findFirst().orElseThrow();
        // the 2019 case is entered by the office after the fact (补录): the row says so, with the day it happened
        assertThat(claim.findElement(By.cssSelector(".who")).getText()).contains("县绩效办", "管理员");
        assertThat(claim.findElement(By.cssSelector(".when .after-the-fact")).getText()).startsWith("补录：发生于 2020-01-08 12:00");
        assertThat(claim.findElement(By.cssSelector(".reason .after-the-fact-reason")).getText()).startsWith("补录原因：2019年度绩效评估补录");
        assertThat(claim.findElement(By.cssSelector(".after")).getText()).isEqualTo("15.00");
        WebElement adjustment = events.get(events.size() - 1);
        assertThat(adjustment.findElement(By.cssSelector(".kind")).getText()).isEqualTo("审核调整");
        assertThat(adjustment.findElement(By.cssSelector(".before")).getText()).isEqualTo("15.00");
        assertThat(adjustment.findElement(By.cssSelector(".after")).getText()).isEqualTo("14.00");
        assertThat(adjustment.findElement(By.cssSelector(".reason")).getText()).isEqualTo(REASON);
        assertThat(adjustment.findElement(By.cssSelector(".who")).getText()).contains("县绩效办审核员", "审核员");
        assertThat(adjustment.findElement(By.cssSelector(".when")).getText()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}(:\\d{2})?");
        assertThat(adjustment.findElement(By.cssSelector(".what")).getText()).contains("现行得分");
        assertThat(browser.pageText()).doesNotContain("REVIEW_ADJUSTMENT_MADE", "user-reviewer-01", DONGSHAN, "evidence-ds-01");

        assertThat(browser.findAll("#evidence-table a.evidence-link")).extracting(WebElement::getText)
                .containsExactly("精准脱贫-脱贫户困难户筛查台账.txt", FILE);
        assertThat(browser.findAll("#evidence-table .evidence-state")).extracting(WebElement::getText).containsOnly("有效");
        String demoHref = browser.find("#evidence-table a.evidence-link").getAttribute("href");
        assertThat(demoHref).endsWith("/api/assessments/" + DONGSHAN + "/evidence/evidence-ds-01/content");
        String href = browser.findAll("#evidence-table a.evidence-link").get(1).getAttribute("href");
        Object body = ((JavascriptExecutor) browser.driver()).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0]).then(r => r.ok ? r.text() : 'status ' + r.status).then(done, e => done(String(e)));", href);
        assertThat(body).as("the file opens with the reader's session").isEqualTo(CONTENT);
        scrollTo(browser, browser.find("#evidence"));
        screenshot("indicator-zh");

        browser.open("/assessments/" + DONGSHAN + "/trail?indicator=1.1.1").awaitVisible("#trail-rows");
        assertThat(browser.findAll("#trail-rows a")).extracting(a -> a.getAttribute("href"))
                .as("the audit trail links the same files the same way").contains(demoHref, href);

        browser.open("/assessments/" + DONGSHAN + "/scores/1.1.1?lang=en").awaitVisible("#indicator-events");
        assertThat(browser.text("#events-heading")).isEqualTo("How the score came about");
        assertThat(browser.text("#crumbs")).contains("Dashboard");
        assertThat(browser.text("#indicator-summary .light")).isEqualTo("green");
        assertThat(browser.text("#indicator-summary .max")).isEqualTo("maximum 15 points");
        assertThat(browser.findAll("#indicator-events .kind")).extracting(WebElement::getText)
                .contains("Score claimed by the unit", "Adjusted in review");
        // on a phone the column names stand beside each figure instead of above the column
        assertThat(browser.findAll("#indicator-events thead th")).extracting(th -> th.getAttribute("textContent"))
                .containsExactly("When (Beijing time)", "What happened", "Who", "Before → after", "Reason");
        assertThat(browser.find("#indicator-events td.reason").getAttribute("data-label")).isEqualTo("Reason");
        assertThat(browser.findAll("#evidence-table .evidence-state")).extracting(WebElement::getText).containsOnly("in force");
        assertThat(browser.text("#evidence-heading")).isEqualTo("Evidence");
        screenshot("indicator-en");

        browser.open("/assessments/" + DONGSHAN + "/scores?lang=en").awaitVisible("#categories");
        assertThat(browser.text("h1")).isEqualTo("Scores of 东山侗族乡");
        assertThat(browser.text("#category-1\\.1 > summary")).contains(
                "subtotal " + scale(category.path("subtotal")) + " of " + scale(category.path("budget")));
        assertThat(browser.text("#drill-legend")).contains("green: 90 % or more", "grey: not claimed yet");
        assertThat(browser.text("#bonus-heading")).isEqualTo("Bonus");
        screenshot("unit-en");
    }

    @ParameterizedTest
    @ValueSource(ints = {1366, 390})
    void theHeatMapColoursEachCellByItsRateAndLeadsToTheCategory(int width) {
        Browser browser = sized(width).signIn("reviewer", PASSWORD).awaitVisible("#reviewer-home").open("/dashboard")
                .awaitVisible("#heatmap-table");
        fitsTheWidth(browser, width);
        JsonNode ranking = system().http().get("reviewer", "/api/schemes/" + SCHEME + "/ranking").json();
        assertThat(browser.text("#heatmap-heading")).isEqualTo("各单位分类别得分率");
        assertThat(browser.text("#heatmap-legend")).contains("绿灯：90% 及以上", "黄灯：60% 至不足 90%", "红灯：不足 60%", "灰灯：尚未自评");
        List<WebElement> rows = browser.findAll("#heatmap-table tr.heat-row");
        assertThat(rows).hasSize(ranking.path("rows").size());
        List<String> lights = new ArrayList<>();
        for (WebElement cell : browser.findAll("#heatmap-table td.heat-cell")) {
            String light = cell.getAttribute("data-light");
            lights.add(light);
            String rate = cell.findElement(By.cssSelector(".heat-rate")).getText();
            assertThat(light).as(rate).isEqualTo(rate.equals("—") ? "GREY" : lightOf(Integer.parseInt(rate.replace(" %", ""))));
            assertThat(cell.getCssValue("background-color")).isEqualTo(BACKGROUNDS.get(light));
            assertThat(cell.findElement(By.cssSelector(".heat-light")).getAttribute("textContent"))
                    .isEqualTo(Map.of("GREEN", "绿灯", "AMBER", "黄灯", "RED", "红灯", "GREY", "灰灯，未自评").get(light));
        }
        assertThat(lights).as("the demo's rates differ: high, middling and low").contains("GREEN", "AMBER", "RED");

        WebElement dongshan = rows.stream().filter(r -> r.getText().contains("东山侗族乡")).findFirst().orElseThrow();
        WebElement cell = dongshan.findElement(By.cssSelector("td.heat-cell[data-category='1.1']"));
        String light = cell.getAttribute("data-light");
        scrollTo(browser, cell);
        screenshot("heatmap-zh");
        cell.findElement(By.cssSelector("a.heat-link")).click();
        browser.awaitPath("/assessments/" + DONGSHAN + "/scores?open=1.1").awaitVisible("#indicator-1\\.1\\.1 a.indicator-link");
        assertThat(browser.find("#category-1\\.1").getAttribute("open")).as("the cell's category is open").isNotNull();
        assertThat(browser.find("#category-1\\.2").getAttribute("open")).isNull();
        assertThat(browser.find("#category-1\\.1 > summary .light").getAttribute("class")).contains("light-" + light);

        browser.open("/dashboard?lang=en").awaitVisible("#heatmap-table");
        assertThat(browser.text("#heatmap-heading")).isEqualTo("Score rate by unit and category");
        assertThat(browser.text("#heatmap-legend")).contains("Score rate (subtotal ÷ budget):", "green: 90 % or more", "red: under 60 %");
        assertThat(browser.findAll("#heatmap-table .heat-light")).extracting(e -> e.getAttribute("textContent"))
                .isSubsetOf("green", "amber", "red", "grey, not claimed");
        assertThat(browser.find("#ranking-table a.unit-link").getAttribute("href")).contains("/scores").doesNotContain("/trail");
        scrollTo(browser, browser.find("#heatmap"));
        screenshot("heatmap-en");
    }

    @ParameterizedTest
    @ValueSource(ints = {1366, 390})
    void discrepanciesAreFilteredGroupedAndLinkedToWhatTheyConcern(int width) {
        JsonNode api = system().http().get("reviewer", "/api/schemes/" + SCHEME + "/discrepancies").json();
        JsonNode dongshan = find(api.path("units"), "unitId", "unit-dongshan");
        JsonNode aboutIndicator = null;
        for (JsonNode d : dongshan.path("discrepancies")) {
            if ("INDICATOR".equals(d.path("subject").path("type").asText())) {
                aboutIndicator = d;
                break;
            }
        }
        assertThat(aboutIndicator).as("the demo case has a discrepancy about one of 东山's indicators").isNotNull();
        String kind = aboutIndicator.path("kind").asText();
        String severity = aboutIndicator.path("severity").asText();
        List<String> expected = new ArrayList<>();
        dongshan.path("discrepancies").forEach(d -> {
            if (d.path("kind").asText().equals(kind) && d.path("severity").asText().equals(severity)) {
                expected.add(d.path("message").path("zh-CN").asText());
            }
        });
        int all = api.path("schemeDiscrepancies").size();
        for (JsonNode unit : api.path("units")) {
            all += unit.path("discrepancies").size();
        }

        Browser browser = sized(width).signIn("reviewer", PASSWORD).awaitVisible("#reviewer-home").open("/dashboard")
                .awaitVisible("#discrepancy-filter");
        fitsTheWidth(browser, width);
        assertThat(browser.findAll("#discrepancies tr.discrepancy a.discrepancy-link")).hasSize(all)
                .allSatisfy(a -> assertThat(a.getAttribute("href")).matches(".*(/assessments/[^/]+/scores.*|#heat.*)"));
        new Select(browser.find("#filter-unit")).selectByVisibleText("东山侗族乡");
        new Select(browser.find("#filter-severity")).selectByValue(severity);
        new Select(browser.find("#filter-kind")).selectByValue(kind);
        browser.find("#filter-apply").click();
        browser.awaitPath("/dashboard?").awaitVisible("#discrepancies-shown");
        assertThat(browser.path()).contains("unit=unit-dongshan", "severity=" + severity, "kind=" + kind);
        assertThat(browser.text("#discrepancies-shown")).isEqualTo("显示 " + expected.size() + " 条，共 " + all + " 条");
        List<WebElement> shown = browser.findAll("#discrepancies tr.discrepancy");
        assertThat(shown).extracting(r -> r.findElement(By.cssSelector("a.discrepancy-link")).getText())
                .containsExactlyElementsOf(expected);
        assertThat(shown).allSatisfy(r -> {
            assertThat(r.findElement(By.cssSelector(".unit")).getText()).isEqualTo("东山侗族乡");
            assertThat(r.getAttribute("data-severity")).isEqualTo(severity);
            assertThat(r.findElement(By.cssSelector(".kind")).getText()).isNotBlank().doesNotContain("_");
        });
        assertThat(new Select(browser.find("#filter-kind")).getFirstSelectedOption().getAttribute("value")).isEqualTo(kind);
        scrollTo(browser, browser.find("#discrepancies"));
        screenshot("filtered-zh");

        String code = aboutIndicator.path("subject").path("code").asText();
        String message = aboutIndicator.path("message").path("zh-CN").asText();
        WebElement link = browser.findAll("#discrepancies a.discrepancy-link").stream()
                .filter(a -> a.getText().equals(message)).findFirst().orElseThrow();
        assertThat(link.getAttribute("href")).endsWith("/assessments/" + DONGSHAN + "/scores/" + code);
        link.click();
        browser.awaitPath("/assessments/" + DONGSHAN + "/scores/" + code).awaitVisible("#indicator-events");
        assertThat(browser.text("h1")).isEqualTo(aboutIndicator.path("subject").path("name").asText());

        browser.open("/dashboard?scheme=" + SCHEME + "&group=unit").awaitVisible("#discrepancies");
        List<String> groups = browser.findAll("#discrepancies h3.discrepancy-group").stream().map(WebElement::getText).toList();
        assertThat(groups).contains("东山侗族乡 (" + dongshan.path("discrepancies").size() + ")");
        if (api.path("schemeDiscrepancies").size() > 0) {
            assertThat(groups).contains("方案本身 (" + api.path("schemeDiscrepancies").size() + ")");
        }
        assertThat(browser.findAll("#discrepancies tr.discrepancy")).hasSize(all);
        screenshot("grouped-zh");

        browser.open("/dashboard?scheme=" + SCHEME + "&group=severity&unit=unit-dongshan&lang=en").awaitVisible("#discrepancy-filter");
        assertThat(browser.findAll("#discrepancy-filter label")).extracting(WebElement::getText)
                .containsExactly("Unit", "Severity", "Kind", "Group by");
        assertThat(browser.text("#filter-apply")).isEqualTo("Filter");
        assertThat(browser.findAll("#discrepancies h3.discrepancy-group")).extracting(WebElement::getText)
                .allSatisfy(g -> assertThat(g).matches("(Error|Warning|Note) \\(\\d+\\)"));
        assertThat(browser.text("#discrepancies-shown")).isEqualTo(dongshan.path("discrepancies").size() + " of " + all + " shown");
        assertThat(browser.findAll("#discrepancies tr.discrepancy .kind")).extracting(WebElement::getText)
                .allSatisfy(k -> assertThat(k).matches("[A-Za-z ,]+"));
        scrollTo(browser, browser.find("#discrepancies"));
        screenshot("grouped-en");
    }

    @Test
    void anotherUnitsSubmitterIsRefusedTheDrillDownWithTheApplicationsPage() {
        BrowserSession changpuzi = new BrowserSession(system().port());
        changpuzi.signIn("changpuzi", PASSWORD);
        for (String path : List.of("/assessments/" + DONGSHAN + "/scores", "/assessments/" + DONGSHAN + "/scores/1.1.1")) {
            HttpResponse<String> refused = changpuzi.get(path);
            assertThat(refused.statusCode()).as(path).isEqualTo(403);
            assertThat(refused.body()).contains("此内容属于其他单位").doesNotContain("精准脱贫", "东山侗族乡", REASON);
        }

        Browser browser = browser().signIn("changpuzi", PASSWORD).awaitVisible("#submitter-home")
                .open("/assessments/" + DONGSHAN + "/scores/1.1.1").awaitVisible("#refused");
        assertThat(browser.text("h1")).isEqualTo("其他单位的考核");
        assertThat(browser.text("#refused")).isEqualTo("此内容属于其他单位，您只能查看本单位的内容。");
        assertThat(browser.pageText()).doesNotContain("精准脱贫", "OTHER_UNIT", "403", "Whitelabel");
        screenshot("refused-zh");
        browser.open("/assessments/" + DONGSHAN + "/scores?lang=en").awaitVisible("#refused");
        assertThat(browser.text("#refused")).isEqualTo("This belongs to another unit; you may read your own unit only.");
        screenshot("refused-en");

        browser.open("/assessments/assessment-2019-changpuzi/scores?lang=zh-CN").awaitVisible("#categories");
        assertThat(browser.text("h1")).isEqualTo("长铺子苗族侗族乡得分反查");
        assertThat(browser.findAll("#crumb-dashboard")).as("the dashboard is the office's").isEmpty();
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asText())) {
                return node;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + array);
    }

    private static String scale(JsonNode number) {
        return number.decimalValue().setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String percent(JsonNode subtotal, JsonNode budget) {
        return rate(subtotal, budget) + " %";
    }

    private static int rate(JsonNode subtotal, JsonNode budget) {
        return subtotal.decimalValue().multiply(BigDecimal.valueOf(100)).divide(budget.decimalValue(), 0, RoundingMode.HALF_UP).intValue();
    }

    /** The thresholds as the documentation states them: green from 90 %, amber from 60 %. */
    private static String lightOf(int percent) {
        return percent >= 90 ? "GREEN" : percent >= 60 ? "AMBER" : "RED";
    }

    private static String lightZh(JsonNode subtotal, JsonNode budget) {
        return Map.of("GREEN", "绿灯", "AMBER", "黄灯", "RED", "红灯").get(lightOf(rate(subtotal, budget)));
    }

    private Browser sized(int width) {
        Browser browser = browser();
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", width < 800 ? 844 : 900, "deviceScaleFactor", 1, "mobile", width < 800));
        return browser;
    }

    /** Nothing makes the page wider than the screen (wide tables scroll inside their box). */
    private static void fitsTheWidth(Browser browser, int width) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertThat(scrollWidth).as("the page is no wider than the screen").isLessThanOrEqualTo(width);
    }

    private static void scrollTo(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }
}
