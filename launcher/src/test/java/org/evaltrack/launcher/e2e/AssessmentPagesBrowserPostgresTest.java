package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The unit scorecard and the review console in a real browser on the demo case (PostgreSQL): a
 * submitter claims, uploads and submits through the command API from the page; a reviewer adjusts,
 * and is refused with the API's own words when the reason is missing or the unit is the reviewer's own.
 */
class AssessmentPagesBrowserPostgresTest extends BrowserTestBase {

    private static final String DONGSHAN = "assessment-2019-dongshan";
    private static final String CHANGPUZI = "assessment-2019-changpuzi";
    private static final String HOSTILE_NARRATIVE = "<script>window.pwned = true</script>筛查台账齐全 & <b>粗体</b>";

    AssessmentPagesBrowserPostgresTest(PostgresTestDatabase database) {
        super(database);
    }

    @Test
    void submitterClaimsUploadsEvidenceSeesTotalsChangeAndSubmitsWithDeclaredTotals() throws IOException {
        HttpApi.Answer reopened = system().http().post("office", "/api/assessments/" + CHANGPUZI + "/reopening",
                "{\"reason\":\"补充自评材料\"}");
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);

        Browser browser = browser().signIn("changpuzi", PASSWORD).awaitVisible("#submitter-home");
        browser.find("a.open-scorecard").click();
        browser.awaitPath("/assessments/" + CHANGPUZI).awaitVisible("#claim-1\\.1\\.1");
        browser.find("#claim-1\\.1\\.1 > summary").click();
        browser.awaitVisible("#save-1\\.1\\.1");
        assertThat(browser.text("#status")).isEqualTo("填报中");
        assertThat(browser.text("#countdown")).contains("自评申报截止时间", "剩余");
        screenshot("open");

        // a claim with a narrative that is markup: saved through the command API, shown as text
        String before = browser.text("#total-base");
        String claimed = browser.text("#indicator-1\\.1\\.1 .claimed");
        String score = "3.00".equals(claimed) ? "4" : "3";
        WebElement scoreInput = browser.find("#score-1\\.1\\.1");
        scoreInput.clear();
        scoreInput.sendKeys(score);
        WebElement narrative = browser.find("#narrative-1\\.1\\.1");
        narrative.clear();
        narrative.sendKeys(HOSTILE_NARRATIVE);
        browser.find("#save-1\\.1\\.1").click();

        await(browser, () -> !browser.text("#total-base").equals(before));
        assertThat(browser.text("#indicator-1\\.1\\.1 .message")).isEqualTo("已保存。");
        assertThat(new BigDecimal(browser.text("#total-base")))
                .isEqualByComparingTo(new BigDecimal(before).subtract(new BigDecimal(claimed.equals("—") ? "0" : claimed))
                        .add(new BigDecimal(score)));
        assertThat(browser.text("#total-base")).as("the panel shows what the totals API computes")
                .isEqualTo(system().http().get("changpuzi", "/api/assessments/" + CHANGPUZI + "/totals").json().path("base").asText());
        screenshot("claimed");

        browser.open("/assessments/" + CHANGPUZI).awaitVisible("#indicator-1\\.1\\.1");
        assertThat(browser.text("#indicator-1\\.1\\.1 .narrative")).isEqualTo(HOSTILE_NARRATIVE);
        assertThat(browser.driver().getPageSource()).contains("&lt;script&gt;window.pwned = true&lt;/script&gt;");
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.pwned === undefined")).isEqualTo(true);

        // evidence: a real file, chosen for an indicator, with a capture time; the page checks the SHA-256
        Path file = Files.createTempFile("筛查台账-", ".pdf");
        Files.writeString(file, "%PDF-1.4\n% 2019年脱贫户、困难户筛查台账\n", StandardCharsets.UTF_8);
        new Select(browser.find("#upload-indicators")).selectByValue("1.1.1");
        ((JavascriptExecutor) browser.driver()).executeScript(
                "document.getElementById('captured-at').value = '2026-11-20T09:30';");
        browser.find("#upload-files").sendKeys(file.toAbsolutePath().toString());
        browser.find("#upload-start").click();
        browser.awaitVisible("#upload-progress li.ok");
        assertThat(browser.text("#upload-progress li.ok")).contains(file.getFileName().toString(), "已上传", "SHA-256 已核对");
        assertThat(browser.find("#upload-progress li.ok progress").getAttribute("value")).isEqualTo("100");
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('upload-progress').scrollIntoView({block: 'center'})");
        screenshot("uploaded");

        String fileName = file.getFileName().toString();
        await(browser, () -> {
            browser.open("/assessments/" + CHANGPUZI).awaitVisible("#evidence-1\\.1\\.1");
            return browser.text("#evidence-1\\.1\\.1").contains(fileName);
        });
        assertThat(browser.text("#evidence-1\\.1\\.1")).contains("采集于 2026-11-20 09:30");

        // an empty declared total is said in the page's words and never reaches the confirmation
        browser.find("#submit-start").click();
        assertThat(browser.text("#submit-message")).isEqualTo("请填写“基础分”。");
        assertThat(browser.find("#submit-dialog").isDisplayed()).isFalse();

        // submission: declared totals as the report states them, compared with the computed ones first
        String base = browser.text("#total-base");
        browser.find("#declared-base-input").sendKeys(base);
        browser.find("#declared-bonus-input").sendKeys("5.3");
        browser.find("#declared-total-input").sendKeys(new BigDecimal(base).add(new BigDecimal("5.3")).toPlainString());
        browser.find("#submit-start").click();
        browser.awaitVisible("#submit-dialog");
        assertThat(browser.text("#submit-compare tr[data-part=base] .declared")).isEqualTo(base);
        assertThat(browser.text("#submit-compare tr[data-part=base] .computed")).isEqualTo(base);
        assertThat(browser.text("#submit-compare tr[data-part=base] .match")).isEqualTo("一致");
        assertThat(browser.text("#submit-compare tr[data-part=bonus] .declared")).isEqualTo("5.3");
        assertThat(browser.text("#submit-compare tr[data-part=bonus] .match")).isEqualTo("不一致");
        screenshot("confirm-submission");
        browser.find("#submit-confirm").click();

        browser.awaitVisible("#done");
        assertThat(browser.text("#done")).isEqualTo("自查自评已提交。");
        assertThat(browser.text("#status")).isEqualTo("已提交，审核中");
        assertThat(browser.text("#declared-bonus")).isEqualTo("5.30");
        assertThat(browser.text("#total-base")).isEqualTo(base);
        assertThat(browser.findAll("#submit-form")).as("a submitted assessment is read-only").isEmpty();
        screenshot("submitted");
    }

    @Test
    void reviewerAdjustsWithAReasonAndSeesTheNewScoreAndTheDuplicateBonusClaim() {
        Browser browser = browser().signIn("reviewer", PASSWORD).awaitVisible("#reviewer-home");
        browser.find("#nav-review").click();
        browser.awaitVisible("#review-list");
        screenshot("list");
        browser.find("a[href='/review/" + DONGSHAN + "']").click();
        browser.awaitVisible("#review-indicators");
        assertThat(browser.findAll("#bonus .duplicate")).as("the duplicate bonus claim is pointed out").isNotEmpty();

        browser.find("#review-1\\.2\\.3 details.adjust > summary").click();
        browser.find("#new-score-1\\.2\\.3").sendKeys("3.5");
        browser.find("#reason-1\\.2\\.3").sendKeys("会议记录不全");
        browser.find("#adjust-1\\.2\\.3").click();

        browser.awaitVisible("#done");
        assertThat(browser.text("#done")).isEqualTo("得分已审核调整。");
        assertThat(browser.text("#review-1\\.2\\.3 .effective .score")).isEqualTo("3.50");
        assertThat(browser.text("#review-1\\.2\\.3 .effective")).contains("已审核调整");
        screenshot("adjusted");
    }

    @Test
    void anAdjustmentWithoutAReasonIsRefusedWithTheApisMessage() {
        Browser browser = browser().signIn("reviewer", PASSWORD).awaitVisible("#reviewer-home").open("/review/" + DONGSHAN).awaitVisible("#review-indicators");
        String effective = browser.text("#review-1\\.1\\.2 .effective .score");

        // an empty reason: the form itself asks for one, nothing is sent
        browser.find("#review-1\\.1\\.2 details.adjust > summary").click();
        browser.find("#new-score-1\\.1\\.2").sendKeys("1");
        browser.find("#adjust-1\\.1\\.2").click();
        assertThat(browser.find("#reason-1\\.1\\.2").getAttribute("validationMessage")).isNotBlank();

        // a reason of blanks passes the form but the page says in one sentence what to fill in
        browser.find("#reason-1\\.1\\.2").sendKeys("   ");
        browser.find("#adjust-1\\.1\\.2").click();
        WebElement message = browser.find("#review-1\\.1\\.2 .message");
        await(browser, () -> !message.getText().isBlank());
        assertThat(message.getText()).as("one sentence naming the field, no field path").isEqualTo("请填写“理由”。");
        scrollTo(browser, message);
        screenshot("refused");

        browser.open("/review/" + DONGSHAN).awaitVisible("#review-indicators");
        assertThat(browser.text("#review-1\\.1\\.2 .effective .score")).as("nothing changed").isEqualTo(effective);
    }

    @Test
    void aReviewerOfTheAssessedUnitIsRefusedWithTheApisMessage() {
        HttpApi.Answer created = system().http().post("office", "/api/accounts", """
                {"username": "reviewer-ds", "password": "%s", "displayName": "东山乡籍审核员", "role": "REVIEWER", "unitId": "unit-dongshan"}"""
                .formatted(PASSWORD));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        Browser browser = browser().signIn("reviewer-ds", PASSWORD).awaitVisible("#reviewer-home").open("/review/" + DONGSHAN).awaitVisible("#review-indicators");
        browser.find("#review-1\\.1\\.3 details.adjust > summary").click();
        browser.find("#new-score-1\\.1\\.3").sendKeys("1");
        browser.find("#reason-1\\.1\\.3").sendKeys("本单位自审");
        browser.find("#adjust-1\\.1\\.3").click();

        WebElement message = browser.find("#review-1\\.1\\.3 .message");
        await(browser, () -> !message.getText().isBlank());
        assertThat(message.getText()).startsWith("审核人员不得审核本人所在单位的考核。");
        scrollTo(browser, message);
        screenshot("own-unit");
    }

    @Test
    void bothPagesSwitchToEnglish() {
        Browser browser = browser().signIn("reviewer", PASSWORD).awaitVisible("#reviewer-home").open("/review/" + DONGSHAN).awaitVisible("#review-indicators");
        assertThat(browser.text("h1")).isEqualTo("东山侗族乡审核");

        browser.find("#lang-en").click();
        browser.awaitVisible("#review-indicators");
        assertThat(browser.text("h1")).isEqualTo("Review of 东山侗族乡");
        assertThat(browser.text("#totals-heading")).isEqualTo("Running totals");
        assertThat(browser.text("#finalize")).isEqualTo("Finalise the review");
        screenshot("console-en");

        browser.open("/assessments/" + DONGSHAN).awaitVisible("#totals");
        assertThat(browser.text("h1")).isEqualTo("Scorecard of 东山侗族乡");
        assertThat(browser.text("#status")).isEqualTo("Submitted, under review");
        screenshot("scorecard-en");

        browser.find("#lang-zh").click();
        browser.awaitVisible("#totals");
        assertThat(browser.text("h1")).isEqualTo("东山侗族乡自评表");
        assertThat(browser.text("#totals-heading")).isEqualTo("得分汇总");
        screenshot("scorecard-zh");
    }

    @Test
    void reviewerRejectsTheDuplicateBonusClaimItPointsOutAndVerifiesAnother() {
        Browser browser = browser().signIn("reviewer", PASSWORD).awaitVisible("#reviewer-home").open("/review/" + DONGSHAN).awaitVisible("#bonus");
        assertThat(browser.text("#bonus-bonus-ds-05 .duplicate")).contains("重复", "bonus-ds-04");
        assertThat(browser.findAll("#bonus-bonus-ds-04 .duplicate")).isEmpty();
        screenshot("duplicate");

        browser.find("#reject-reason-bonus-ds-05").sendKeys("与 bonus-ds-04 重复申报");
        browser.find("#reject-bonus-ds-05").click();
        browser.awaitVisible("#done");
        assertThat(browser.text("#done")).isEqualTo("加分项已驳回。");
        assertThat(browser.text("#bonus-bonus-ds-05 .state")).isEqualTo("已驳回");

        browser.find("#verify-bonus-ds-01").click();
        await(browser, () -> browser.path().contains("done=verified") && !browser.findAll("#done").isEmpty());
        assertThat(browser.text("#done")).isEqualTo("加分项已核定。");
        assertThat(browser.text("#bonus-bonus-ds-01 .state")).isEqualTo("已核定");
        screenshot("decided");
    }

    @Test
    void finalisingAsksFirstAndShowsTheApisRefusalWhileBonusClaimsWait() {
        Browser browser = browser().signIn("reviewer", PASSWORD).awaitVisible("#reviewer-home").open("/review/" + DONGSHAN).awaitVisible("#finish");

        browser.find("#finalize").click();
        browser.awaitVisible("#confirm-dialog");
        assertThat(browser.text("#confirm-text")).isEqualTo("确定审核定稿？定稿后得分锁定。");
        screenshot("confirm");
        browser.find("#confirm-no").click();
        assertThat(browser.find("#confirm-dialog").isDisplayed()).isFalse();

        browser.find("#finalize").click();
        browser.awaitVisible("#confirm-dialog");
        browser.find("#confirm-yes").click();
        WebElement message = browser.find("#finish .message");
        await(browser, () -> !message.getText().isBlank());
        assertThat(message.getText()).startsWith("须先核定或驳回所有加分申报。");
        assertThat(browser.text("#status")).isEqualTo("已提交，审核中");
        scrollTo(browser, message);
        screenshot("refused");
    }

    private static void scrollTo(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    private static void await(Browser browser, java.util.function.BooleanSupplier condition) {
        // an htmx swap or a page load may replace an element between finding it and reading it
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

}
