package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.evaltrack.launcher.e2e.FilledWorkbook.values;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.JsonNode;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The import page: the office downloads the scheme template with its browser session, uploads a workbook
 * with problems and sees every row's problem, then a good one and sees what was imported; a unit's
 * submitter gets its own claims template and sees the assessment's refusal against the row.
 */
class ImportPageBrowserPostgresTest extends BrowserTestBase {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    ImportPageBrowserPostgresTest(PostgresTestDatabase database) {
        super(database);
    }

    @Test
    void theOfficeDownloadsTheTemplateSeesEveryRowProblemAndThenImportsAGoodWorkbook() {
        Browser browser = browser().signIn("office", PASSWORD).awaitVisible("#admin-home");
        browser.find("#home-imports").click();
        browser.awaitPath("/imports").awaitVisible("#scheme-form");
        assertThat(browser.find("#nav-imports").getAttribute("href")).endsWith("/imports");
        String templateLink = pathOf(browser.find("#scheme-template"));
        assertThat(templateLink).isEqualTo("/api/imports/scheme-template.xlsx");

        // the link is served by the command side's chain; the browser's session cookie alone signs it
        HttpApi.Download template = withSession(browser, templateLink);
        assertThat(template.status()).as(template.toString()).isEqualTo(200);
        assertThat(template.contentType()).isEqualTo(XLSX);
        assertThat(system().http().download(null, templateLink).status()).isEqualTo(401);

        FilledWorkbook bad = smallScheme(template.body());
        int indicatorRow = bad.rowOf("指标", "指标编号", "A.1");
        bad.set("指标", indicatorRow, "分值", "十五分");
        bad.set("类别", 3, "分值", new BigDecimal("7"));
        browser.find("#scheme-file").sendKeys(file(bad).toString());
        browser.find("#scheme-form button[type=submit]").click();
        browser.awaitVisible("#scheme-form .import-problem");

        assertThat(browser.text("#scheme-form [role=alert]")).isNotBlank();
        List<WebElement> problems = browser.findAll("#scheme-form .import-problem");
        assertThat(problems).extracting(row -> row.getAttribute("data-code")).contains("NOT_A_NUMBER");
        WebElement notANumber = problems.stream().filter(row -> "NOT_A_NUMBER".equals(row.getAttribute("data-code")))
                .findFirst().orElseThrow();
        List<String> cells = notANumber.findElements(org.openqa.selenium.By.tagName("td")).stream().map(WebElement::getText).toList();
        assertThat(cells.subList(0, 5)).containsExactly("指标 Indicators", String.valueOf(indicatorRow), "分值 Max points",
                "E" + indicatorRow, "十五分");
        assertThat(cells.get(5)).containsPattern("\\p{IsHan}").contains("15");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("document.querySelector('#scheme-form .import-problems').scrollIntoView()");
        screenshot("problems");

        // the same refusal in English once the reader switches
        browser.find("#lang-en").click();
        browser.awaitVisible("#scheme-form");
        browser.find("#scheme-file").sendKeys(file(bad).toString());
        browser.find("#scheme-form button[type=submit]").click();
        browser.awaitVisible("#scheme-form .import-problem");
        assertThat(browser.findAll("#scheme-form .import-problem td").stream().map(WebElement::getText).toList())
                .anySatisfy(text -> assertThat(text).startsWith("A number is expected"));
        screenshot("problems-en");

        FilledWorkbook good = smallScheme(template.body());
        browser.find("#scheme-file").sendKeys(file(good).toString());
        browser.find("#scheme-publish").click();
        browser.find("#scheme-form button[type=submit]").click();
        browser.awaitVisible("#scheme-form .import-result");

        assertThat(browser.findAll("#scheme-form .import-problem")).isEmpty();
        assertThat(browser.text("#scheme-form .count-indicators")).isEqualTo("2");
        assertThat(browser.text("#scheme-form .count-categories")).isEqualTo("1");
        String schemeId = browser.text("#scheme-form .count-id");
        assertThat(schemeId).isNotBlank();
        assertThat(browser.find("#scheme-form .import-onward").getAttribute("href")).endsWith("/dashboard?scheme=" + schemeId);
        HttpApi.Answer scheme = system().http().get("office", "/api/schemes/" + schemeId + "/ranking");
        assertThat(scheme.status()).as(scheme.toString()).isNotEqualTo(500);
        screenshot("imported");
    }

    @Test
    void aSubmitterGetsOnlyItsUnitsClaimsTemplateAndSeesTheAssessmentsRefusalAgainstTheRow() {
        Browser browser = browser().signIn("dongshan", PASSWORD).awaitVisible("#submitter-home");
        browser.find("#nav-imports").click();
        browser.awaitPath("/imports").awaitVisible("#claims-form");

        assertThat(browser.findAll("#scheme-import")).isEmpty();
        List<String> templates = browser.findAll("#claims-templates a.claims-template").stream().map(ImportPageBrowserPostgresTest::pathOf).toList();
        assertThat(templates).containsExactly("/api/imports/assessments/assessment-2019-dongshan/claims-template.xlsx");
        HttpApi.Download template = withSession(browser, templates.get(0));
        assertThat(template.status()).as(template.toString()).isEqualTo(200);

        // the demo's unit has submitted: its claims are locked, and the page says so against the row
        FilledWorkbook workbook = new FilledWorkbook(template.body());
        int row = workbook.rowOf("自评", "1.1.1");
        workbook.set("自评", row, "自评分", 10);
        browser.find("#claims-file").sendKeys(file(workbook).toString());
        browser.find("#claims-form button[type=submit]").click();
        browser.awaitVisible("#claims-form .import-problem");

        assertThat(browser.find("#claims-form .import-problem").getAttribute("data-code")).isNotBlank();
        assertThat(browser.text("#claims-form .import-problem")).contains("自评 Claims").contains(String.valueOf(row));
        assertThat(browser.text("#claims-form [role=alert]")).containsPattern("\\p{IsHan}");
        screenshot("claims-locked");
    }

    @Test
    void aSubmitterOfAnOpenAssessmentImportsItsClaimsAndIsLedToTheScorecard() {
        // the demo's units have all submitted: a unit of its own with an open assessment
        HttpApi api = system().http();
        String unitId = api.post("office", "/api/units", """
                {"name": "导入页测试乡", "kind": "TOWNSHIP"}""").id();
        HttpApi.Answer account = api.post("office", "/api/accounts", """
                {"username": "importpage", "password": "%s", "displayName": "导入页测试", "role": "SUBMITTER", "unitId": "%s"}"""
                .formatted(PASSWORD, unitId));
        assertThat(account.status()).as(account.toString()).isEqualTo(201);
        HttpApi.Answer opened = api.post("office", "/api/assessments", """
                {"schemeId": "scheme-2019-suining", "unitId": "%s"}""".formatted(unitId));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        Browser browser = browser().signIn("importpage", PASSWORD).awaitVisible("#submitter-home");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> !browser.open("/imports").findAll("#claims-templates a.claims-template").isEmpty());
        browser.open("/").awaitVisible("#submitter-home");
        browser.find("#submitter-home .open-imports").click();
        browser.awaitPath("/imports").awaitVisible("#claims-form");
        String templateLink = pathOf(browser.find("#claims-templates a.claims-template"));
        String assessmentId = templateLink.split("/")[4];
        assertThat(assessmentId).isEqualTo(opened.id());
        FilledWorkbook workbook = new FilledWorkbook(withSession(browser, templateLink).body());
        workbook.set("自评", workbook.rowOf("自评", "1.1.1"), "自评分", new BigDecimal("14.5"))
                .set("自评", workbook.rowOf("自评", "1.1.1"), "自评说明", "导入页：脱贫 30 户")
                .add("加分", values("级别", "中央主流媒体推介", "名称", "《导入页测试：一项报道》", "来源", "人民网",
                        "日期", LocalDate.of(2019, 11, 20)));

        browser.find("#claims-file").sendKeys(file(workbook).toString());
        browser.find("#claims-form button[type=submit]").click();
        browser.awaitVisible("#claims-form .import-result");

        assertThat(browser.text("#claims-form .count-claims")).isEqualTo("1");
        assertThat(browser.text("#claims-form .count-bonusClaims")).isEqualTo("1");
        screenshot("claims-imported");
        browser.find("#claims-form .import-onward").click();
        browser.awaitPath("/assessments/" + assessmentId);
        // the scorecard's claim sheet follows the events a moment later
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> browser.open("/assessments/" + assessmentId).pageText().contains("导入页：脱贫 30 户"));
    }

    @Test
    void theOfficeEntersAPastYearsClaimsAfterTheFactWithTheDayTheyHappened() {
        HttpApi api = system().http();
        String unitId = api.post("office", "/api/units", """
                {"name": "补录测试乡", "kind": "TOWNSHIP"}""").id();
        HttpApi.Answer opened = api.post("office", "/api/assessments", """
                {"schemeId": "scheme-2019-suining", "unitId": "%s"}""".formatted(unitId));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String assessmentId = opened.id();
        Browser browser = browser().signIn("office", PASSWORD).awaitVisible("#admin-home");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() ->
                !browser.open("/imports").findAll("#claims-assessment option[value='" + assessmentId + "']").isEmpty());
        FilledWorkbook workbook = new FilledWorkbook(withSession(browser,
                "/api/imports/assessments/" + assessmentId + "/claims-template.xlsx").body());
        workbook.set("自评", workbook.rowOf("自评", "1.1.1"), "自评分", 12);

        JavascriptExecutor script = (JavascriptExecutor) browser.driver();
        script.executeScript("arguments[0].value = arguments[1]", browser.find("#claims-assessment"), assessmentId);
        browser.find("#claims-after-the-fact > summary").click();
        // a date input's typing order follows the browser's locale; its value is always ISO
        script.executeScript("arguments[0].value = '2020-01-08'", browser.find("#claims-stated-on"));
        browser.find("#claims-stated-reason").sendKeys("按2019年自评报告补录");
        browser.find("#claims-file").sendKeys(file(workbook).toString());
        browser.find("#claims-form button[type=submit]").click();
        browser.awaitVisible("#claims-form .import-result");
        assertThat(browser.text("#claims-form .count-claims")).isEqualTo("1");
        screenshot("claims-after-the-fact");

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500)).until(() -> api.get("reviewer",
                "/api/assessments/" + assessmentId + "/trail?kind=SCORE_CLAIMED&indicator=1.1.1").json().path("rows").size() == 1);
        JsonNode marker = api.get("reviewer", "/api/assessments/" + assessmentId + "/trail?kind=SCORE_CLAIMED&indicator=1.1.1")
                .json().path("rows").get(0).path("afterTheFact");
        assertThat(marker.path("statedAt").asText()).as("noon of the day given, Beijing time").isEqualTo("2020-01-08T04:00:00Z");
        assertThat(marker.path("reason").asText()).isEqualTo("按2019年自评报告补录");
    }

    @Test
    void aSubmitterIsNotOfferedToEnterAfterTheFact() {
        Browser browser = browser().signIn("dongshan", PASSWORD).awaitVisible("#submitter-home");
        browser.open("/imports").awaitVisible("#claims-form");
        assertThat(browser.findAll("#claims-after-the-fact")).isEmpty();
    }

    @Test
    void readersWhoMayNotImportAreRefusedAndTheAnonymousAreSentToSignIn() {
        Browser browser = browser().open("/imports");
        browser.awaitPath("/login");

        // opening another page before the sign-in has left the sign-in page would cut it short
        browser.signIn("reviewer", PASSWORD);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(driver -> !URI.create(driver.getCurrentUrl()).getPath().equals("/login"));
        browser.open("/").awaitVisible("#reviewer-home");
        assertThat(browser.findAll("#nav-imports")).isEmpty();
        browser.open("/imports");
        assertThat(browser.findAll("#scheme-form")).isEmpty();
        assertThat(browser.findAll("#claims-form")).isEmpty();
        assertThat(browser.findAll("#claims-import")).isEmpty();
    }

    /** One scheme category with two indicators, as small as the publishing rules allow. */
    private static FilledWorkbook smallScheme(byte[] template) {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        return new FilledWorkbook(template)
                .add("方案", values("年度", 2020, "方案名称", "导入页测试方案", "文号", "测〔2020〕1号", "发文单位", "测试县考核办",
                        "自评截止", today.plusDays(30).toString(), "佐证截止", today.plusDays(40).toString(),
                        "审核截止", today.plusDays(50).toString(), "加分上限", new BigDecimal("5")))
                .add("类别", values("板块", "共性考核指标", "类别编号", "A", "类别名称", "经济发展", "分值", new BigDecimal("25")))
                .add("指标", values("类别编号", "A", "指标编号", "A.1", "指标名称", "招商引资", "分值", new BigDecimal("15")))
                .add("指标", values("类别编号", "A", "指标编号", "A.2", "指标名称", "项目建设", "分值", new BigDecimal("10")));
    }

    private static Path file(FilledWorkbook workbook) {
        try {
            Path file = Files.createTempFile("evaltrack-import", ".xlsx");
            Files.write(file, workbook.bytes());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A GET carrying only the browser's session cookie, as following the link would. */
    private HttpApi.Download withSession(Browser browser, String path) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5)).until(d -> d.manage().getCookieNamed("EVALTRACK_SESSION") != null);
        Cookie session = browser.driver().manage().getCookieNamed("EVALTRACK_SESSION");
        return system().http().download(null, path, "Cookie", session.getName() + "=" + session.getValue());
    }

    private static String pathOf(WebElement anchor) {
        URI uri = URI.create(anchor.getAttribute("href"));
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }
}
