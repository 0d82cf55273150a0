package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The county performance office's whole year in the browser, never touching the API: the office imports
 * a scheme from the filled Excel template and publishes it, registers a unit, opens its submitter's and
 * leader's accounts and its assessment, and hands a ledger task to the leader; the submitter claims,
 * uploads evidence, writes the report and submits; the leader closes the task with its evidence; the
 * reviewer adjusts a score with a reason, verifies the bonus claim and finalises; the office reads the
 * trail, the dashboard and downloads the report, whose numbers are those of the totals API.
 * The test reads the API only to check what the pages did.
 */
class YearCycleBrowserPostgresTest extends BrowserTestBase {

    private static final String UNIT = "全流程测试乡";
    private static final String SCHEME = "全流程测试方案";
    private static final String TASK = "招商引资：全年签约项目台账";

    YearCycleBrowserPostgresTest(PostgresTestDatabase database) {
        super(database);
    }

    @Test
    void theOfficeRunsTheWholeYearsCycleInTheBrowser() throws IOException {
        Browser browser = browser().signIn("office", PASSWORD).awaitVisible("#admin-home");

        // the office: the scheme from the filled template, imported as a draft and published on the set-up page
        browser.find("#home-imports").click();
        browser.awaitPath("/imports").awaitVisible("#scheme-form");
        byte[] template = withSession(browser, path(browser.find("#scheme-template"))).body();
        browser.find("#scheme-file").sendKeys(SchemeWorkbooks.file(SchemeWorkbooks.small(template, 2022, SCHEME)).toString());
        browser.find("#scheme-form button[type=submit]").click();
        browser.awaitVisible("#scheme-form .import-result");
        String schemeId = browser.text("#scheme-form .count-id");
        assertThat(browser.text("#scheme-form .count-indicators")).isEqualTo("2");
        screenshot("01-scheme-imported");

        browser.find("#nav-setup").click();
        browser.awaitPath("/setup");
        await(browser, () -> !browser.open("/setup").findAll("#scheme-" + schemeId + " button.publish").isEmpty());
        send(browser, "#scheme-" + schemeId + " button.publish");
        awaitDone(browser, "方案已发布。");
        assertThat(browser.text("#scheme-" + schemeId + " .state")).isEqualTo("已发布");
        screenshot("02-scheme-published");

        // the unit, its two accounts and its assessment
        browser.find("#unit-name").sendKeys(UNIT);
        new Select(browser.find("#unit-kind")).selectByValue("TOWNSHIP");
        send(browser, "#unit-submit");
        awaitDone(browser, "单位已登记。");
        String unitId = rowNamed(browser, "#unit-list tbody tr", UNIT).getAttribute("data-id");
        openAccount(browser, "cycle-submitter", "全流程填报员", "SUBMITTER", unitId);
        openAccount(browser, "cycle-leader", "全流程责任领导", "LEADER", unitId);
        screenshot("03-accounts");
        new Select(browser.find("#assessment-scheme")).selectByValue(schemeId);
        new Select(browser.find("#assessment-unit")).selectByValue(unitId);
        send(browser, "#assessment-submit");
        awaitDone(browser, "考核已开启。");
        WebElement assessmentRow = rowNamed(browser, "#assessment-list tbody tr", UNIT);
        String assessmentId = assessmentRow.getAttribute("data-id");
        assertThat(assessmentRow.getText()).contains(SCHEME, "填报中");
        screenshot("04-assessment-opened");

        // a ledger task for the unit's leader
        assessmentRow.findElement(By.cssSelector("a.tasks-link")).click();
        browser.awaitPath("/setup/tasks").awaitVisible("#assign-form");
        new Select(browser.find("#task-indicator")).selectByValue("A.1");
        browser.find("#task-title").sendKeys(TASK);
        browser.find("#task-required-item").sendKeys("签约项目清单及合同");
        assertThat(new Select(browser.find("#task-leader")).getOptions()).extracting(WebElement::getText)
                .containsExactly("全流程责任领导 (cycle-leader)");
        browser.find("#task-department").sendKeys("招商办");
        setValue(browser, "task-due", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20).toString());
        send(browser, "#assign-submit");
        awaitDone(browser, "任务已分解。");
        String taskId = rowNamed(browser, "#task-list tbody tr", TASK).getAttribute("data-id");
        screenshot("05-task-assigned");

        // the submitter: claims, evidence, the report's texts, a bonus claim and the submission
        signInAs(browser, "cycle-submitter");
        await(browser, () -> !browser.open("/").findAll("#submitter-home a.open-scorecard").isEmpty());
        browser.find("#submitter-home a.open-scorecard").click();
        browser.awaitPath("/assessments/" + assessmentId).awaitVisible("#claim-A\\.1");
        claim(browser, "A.1", "14", "全年签约项目 12 个，到位资金 3.2 亿元");
        claim(browser, "A.2", "9", "续建项目 8 个全部按期推进");
        screenshot("06-claimed");

        Path evidence = Files.createTempFile("签约项目清单-", ".pdf");
        Files.writeString(evidence, "%PDF-1.4\n% 2022年签约项目清单\n", StandardCharsets.UTF_8);
        Select forIndicators = new Select(browser.find("#upload-indicators"));
        forIndicators.selectByValue("A.1");
        forIndicators.selectByValue("A.2");
        browser.find("#upload-files").sendKeys(evidence.toAbsolutePath().toString());
        browser.find("#upload-start").click();
        browser.awaitVisible("#upload-progress li.ok");
        assertThat(browser.text("#upload-progress li.ok")).contains(evidence.getFileName().toString(), "SHA-256 已核对");
        screenshot("07-evidence");

        browser.find("#section-measures-text").sendKeys("一是建立招商项目台账；二是实行领导包保。");
        browser.find("#section-measures button[type=submit]").click();
        browser.awaitVisible("#section-measures [role=status]");
        browser.find("#section-problems-text").sendKeys("项目落地进度不均衡，下一步加强调度。");
        browser.find("#section-problems button[type=submit]").click();
        browser.awaitVisible("#section-problems [role=status]");
        new Select(browser.find("#bonus-level")).selectByValue("CENTRAL_MEDIA");
        browser.find("#bonus-title").sendKeys("《全流程测试乡招商引资经验》");
        browser.find("#bonus-source").sendKeys("人民网");
        setValue(browser, "bonus-awarded-on", LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(10).toString());
        browser.find("#bonus-claim-form button[type=submit]").click();
        browser.awaitVisible("#bonus-claim-form [role=status]");
        screenshot("08-report-and-bonus");

        browser.open("/assessments/" + assessmentId).awaitVisible("#submit-form");
        String base = browser.text("#total-base");
        assertThat(new BigDecimal(base)).as("14 + 9 as claimed").isEqualByComparingTo("23");
        browser.find("#declared-base-input").sendKeys(base);
        browser.find("#declared-bonus-input").sendKeys("1");
        browser.find("#declared-total-input").sendKeys(new BigDecimal(base).add(BigDecimal.ONE).toPlainString());
        browser.find("#submit-start").click();
        browser.awaitVisible("#submit-dialog");
        browser.find("#submit-confirm").click();
        browser.awaitVisible("#done");
        // the page waits a few seconds for the totals to take in the submission; on a busy machine it may
        // come back before they have, and a reload shows it
        await(browser, () -> "已提交，审核中".equals(browser.text("#status"))
                || "已提交，审核中".equals(browser.open("/assessments/" + assessmentId).text("#status")));
        screenshot("09-submitted");

        // the leader closes the task by attaching its evidence
        signInAs(browser, "cycle-leader");
        await(browser, () -> !browser.open("/ledger").findAll("#file-" + taskId).isEmpty());
        Path contracts = Files.createTempFile("签约合同-", ".pdf");
        Files.writeString(contracts, "%PDF-1.4\n% 签约项目合同汇编\n", StandardCharsets.UTF_8);
        // choosing the file sends it; the page reloads itself once the ledger shows the task closed
        browser.find("#file-" + taskId).sendKeys(contracts.toAbsolutePath().toString());
        await(browser, () -> "true".equals(browser.find("#task-" + taskId).getAttribute("data-closed")));
        assertThat(browser.text("#task-" + taskId)).contains("已销号", contracts.getFileName().toString());
        screenshot("10-task-closed");

        // the reviewer: an adjustment with its reason, the bonus verified, the review finalised
        signInAs(browser, "reviewer");
        await(browser, () -> !browser.open("/review/" + assessmentId).findAll("#adjust-A\\.2").isEmpty());
        browser.find("#review-A\\.2 details.adjust > summary").click();
        browser.find("#new-score-A\\.2").sendKeys("8");
        browser.find("#reason-A\\.2").sendKeys("续建项目 1 个进度滞后，扣 1 分");
        browser.find("#adjust-A\\.2").click();
        await(browser, () -> browser.path().contains("done=adjusted") && !browser.findAll("#done").isEmpty());
        assertThat(browser.text("#review-A\\.2 .effective .score")).isEqualTo("8.00");
        screenshot("11-adjusted");
        WebElement verify = browser.find("#bonus button[id^='verify-']");
        scrollTo(browser, verify);
        verify.click();
        await(browser, () -> browser.path().contains("done=verified") && !browser.findAll("#done").isEmpty());
        assertThat(browser.findAll("#bonus button[id^='verify-']")).isEmpty();
        screenshot("12-bonus-verified");
        browser.find("#finalize").click();
        browser.awaitVisible("#confirm-dialog");
        browser.find("#confirm-yes").click();
        await(browser, () -> browser.path().contains("done=finalized") && "已定稿".equals(browser.text("#status")));
        screenshot("13-finalised");

        // the office: the trail shows the adjustment before -> after with its reason
        signInAs(browser, "office");
        browser.open("/assessments/" + assessmentId + "/trail?indicator=A.2").awaitVisible("main");
        WebElement adjustment = browser.findAll("td.change").stream()
                .filter(cell -> cell.findElements(By.cssSelector(".before")).stream().anyMatch(b -> b.getText().equals("9.00")))
                .findFirst().orElseThrow(() -> new AssertionError("no change from 9.00 in the trail"));
        assertThat(adjustment.findElement(By.cssSelector(".after")).getText()).isEqualTo("8.00");
        assertThat(adjustment.findElement(By.xpath("..")).getText()).contains("续建项目 1 个进度滞后，扣 1 分");
        scrollTo(browser, adjustment);
        screenshot("14-trail");

        JsonNode totals = system().http().get("office", "/api/assessments/" + assessmentId + "/totals").json();
        assertThat(totals.path("status").asText()).isEqualTo("FINALIZED");
        assertThat(totals.path("base").decimalValue()).as("14 + 8 after the adjustment").isEqualByComparingTo("22");
        assertThat(totals.path("bonus").decimalValue()).as("one central-media item at 1 point").isEqualByComparingTo("1");

        // the dashboard ranks the unit with the total the totals API computes
        browser.open("/dashboard?scheme=" + schemeId).awaitVisible("#ranking-table");
        WebElement ranked = browser.find("#ranking-table tr[data-unit='" + unitId + "']");
        assertThat(ranked.getText()).contains(UNIT, "已定稿");
        assertThat(new BigDecimal(ranked.findElement(By.cssSelector(".total")).getText()))
                .isEqualByComparingTo(totals.path("total").decimalValue());
        assertThat(ranked.findElement(By.cssSelector(".rank")).getText()).isEqualTo("1");
        screenshot("15-dashboard");

        // the report as downloaded from the scorecard's links, with the browser's session
        browser.open("/assessments/" + assessmentId).awaitVisible("#report-docx");
        screenshot("16-report-links");
        String docxLink = path(browser.find("#report-docx"));
        String pdfLink = path(browser.find("#report-pdf"));
        await(browser, () -> docxTotalsMatch(withSession(browser, docxLink).body(), totals));
        HttpApi.Download pdf = withSession(browser, pdfLink);
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String compact = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(compact).contains(UNIT + "绩效评估自查自评报告");
            assertThat(compact).contains("总分" + plain(totals.path("total")) + "分，其中基础分" + plain(totals.path("base"))
                    + "分，加分" + plain(totals.path("bonus")) + "分");
            assertThat(compact).contains("一是建立招商项目台账");
        }
    }

    private void openAccount(Browser browser, String username, String displayName, String role, String unitId) {
        browser.find("#account-username").sendKeys(username);
        browser.find("#account-password").sendKeys(PASSWORD);
        browser.find("#account-display-name").sendKeys(displayName);
        new Select(browser.find("#account-role")).selectByValue(role);
        new Select(browser.find("#account-unit")).selectByValue(unitId);
        send(browser, "#account-submit");
        awaitDone(browser, "账号已开设。");
        assertThat(browser.findAll("#account-list tr[data-username='" + username + "']")).hasSize(1);
    }

    private static void claim(Browser browser, String code, String score, String narrative) {
        String id = code.replace(".", "\\.");
        String before = browser.text("#total-base");
        if (!browser.find("#score-" + id).isDisplayed()) {
            browser.find("#claim-" + id + " > summary").click();
        }
        WebElement input = browser.find("#score-" + id);
        input.clear();
        input.sendKeys(score);
        browser.find("#narrative-" + id).sendKeys(narrative);
        browser.find("#save-" + id).click();
        await(browser, () -> !browser.text("#total-base").equals(before));
    }

    private static boolean docxTotalsMatch(byte[] file, JsonNode totals) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file))) {
            XWPFTable table = document.getTables().get(0);
            return number(table.getRow(1).getCell(3).getText()).compareTo(totals.path("base").decimalValue()) == 0
                    && number(table.getRow(2).getCell(3).getText()).compareTo(totals.path("bonus").decimalValue()) == 0
                    && number(table.getRow(3).getCell(3).getText()).compareTo(totals.path("total").decimalValue()) == 0
                    && number(table.getRow(3).getCell(1).getText()).compareTo(totals.path("declared").path("total").decimalValue()) == 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void signInAs(Browser browser, String username) {
        browser.find("#logout").click();
        browser.awaitPath("/login");
        browser.signIn(username, PASSWORD).awaitPath("/");
    }

    private static void awaitDone(Browser browser, String text) {
        // the page before the change may still show the previous change's confirmation: wait for the new one
        await(browser, () -> Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript("return window.sent === undefined"))
                && !browser.findAll("#done").isEmpty());
        assertThat(browser.text("#done")).isEqualTo(text);
    }

    /** Clicks a set-up form's button, marking the page so the wait that follows knows the reload came. */
    private static void send(Browser browser, String button) {
        ((JavascriptExecutor) browser.driver()).executeScript("window.sent = true;");
        browser.find(button).click();
    }

    private static WebElement rowNamed(Browser browser, String rows, String text) {
        List<WebElement> all = browser.findAll(rows);
        return all.stream().filter(row -> row.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + text + " in " + rows));
    }

    private static void setValue(Browser browser, String id, String value) {
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    private static void scrollTo(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    private static void await(Browser browser, BooleanSupplier condition) {
        // a reload may replace an element between finding it and reading it
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    /** A GET carrying only the browser's session cookie, as following the link would. */
    private HttpApi.Download withSession(Browser browser, String path) {
        Cookie session = browser.driver().manage().getCookieNamed("EVALTRACK_SESSION");
        return system().http().download(null, path, "Cookie", session.getName() + "=" + session.getValue());
    }

    private static String path(WebElement anchor) {
        URI uri = URI.create(anchor.getAttribute("href"));
        return uri.getRawQuery() == null ? uri.getRawPath() : uri.getRawPath() + "?" + uri.getRawQuery();
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.trim());
    }

    /** As the report prints a score: 105.30 → 105.3, 25.00 → 25. */
    private static String plain(JsonNode score) {
        BigDecimal stripped = score.decimalValue().stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
