package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Bonus claims listed on the unit scorecard, evidence withdrawn from it, and the review console's
 * evidence decisions and veto lifting, in a real browser on the demo case (PostgreSQL). Every change goes
 * from the page to the command API; a refusal shows the API's own words and changes nothing.
 */
class BonusAndEvidenceReviewBrowserPostgresTest extends BrowserTestBase {

    private static final String DONGSHAN = "assessment-2019-dongshan";
    private static final String CHANGPUZI = "assessment-2019-changpuzi";
    private static final String SCHEME = "scheme-2019-suining";

    BonusAndEvidenceReviewBrowserPostgresTest(PostgresTestDatabase database) {
        super(database);
    }

    @Test
    void theScorecardListsANewBonusClaimAndItsStateOnceTheReviewerVerifiesIt() {
        open(CHANGPUZI);
        String title = "市级先进单位（" + UUID.randomUUID().toString().substring(0, 8) + "）";
        Browser browser = browser().signIn("changpuzi", PASSWORD).awaitVisible("#submitter-home")
                .open("/assessments/" + CHANGPUZI).awaitVisible("#bonus-claim-form");
        new Select(browser.find("#bonus-level")).selectByValue("MUNICIPAL_COMMENDATION");
        browser.find("#bonus-title").sendKeys(title);
        browser.find("#bonus-source").sendKeys("邵阳市人民政府");
        js(browser).executeScript("document.getElementById('bonus-awarded-on').value = '2019-12-20';");
        browser.find("#bonus-claim-form button[type=submit]").click();

        await(browser, () -> row(browser, title) != null);
        String rowText = row(browser, title).getText();
        assertThat(rowText).contains("市级表彰", title, "邵阳市人民政府", "2019-12-20", "0.50", "待审核");
        String claimId = row(browser, title).getAttribute("id").substring("scorecard-bonus-".length());
        scrollTo(browser, row(browser, title));
        screenshot("claimed");

        HttpApi.Answer totals = system().http().get("changpuzi", "/api/assessments/" + CHANGPUZI + "/totals");
        HttpApi.Answer submitted = system().http().post("changpuzi", "/api/assessments/" + CHANGPUZI + "/submission",
                "{\"declared\":{\"base\":%s,\"bonus\":0.5,\"total\":%s}}".formatted(totals.json().path("base").asText(),
                        totals.json().path("base").decimalValue().add(new java.math.BigDecimal("0.5")).toPlainString()));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        HttpApi.Answer verified = system().http().post("reviewer", "/api/assessments/" + CHANGPUZI + "/bonus-claims/" + claimId
                + "/verification", "{\"note\":\"表彰文件已核\"}");
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);

        await(browser, () -> {
            browser.open("/assessments/" + CHANGPUZI).awaitVisible("#bonus-claims");
            return row(browser, title).getText().contains("已核定");
        });
        assertThat(row(browser, title).getText()).contains("审核备注：表彰文件已核").doesNotContain("待审核");
        scrollTo(browser, row(browser, title));
        screenshot("verified");
    }

    @Test
    void theSubmitterWithdrawsEvidenceWithAReasonAndSeesItWithdrawn() {
        open(CHANGPUZI);
        String evidence = upload("changpuzi", CHANGPUZI, "误传的会议照片.txt", null);
        Browser browser = browser().signIn("changpuzi", PASSWORD).awaitVisible("#submitter-home");
        String item = "#evidence-item-1\\.1\\.1-" + evidence;
        // the withdraw form shows once every read model the page asks has taken in the reopening and the upload
        await(browser, () -> !browser.open("/assessments/" + CHANGPUZI).findAll(item + " details.withdraw summary").isEmpty());

        browser.find(item + " details.withdraw summary").click();
        browser.find("#withdraw-reason-1\\.1\\.1-" + evidence).sendKeys("传错文件");
        scrollTo(browser, browser.find(item));
        screenshot("reason");
        browser.find("#withdraw-1\\.1\\.1-" + evidence).click();

        browser.awaitVisible("#done");
        assertThat(browser.text("#done")).isEqualTo("佐证材料已撤回。");
        assertThat(browser.text(item)).contains("误传的会议照片.txt", "已撤回", "原因：传错文件");
        assertThat(browser.findAll(item + " form.withdraw-form")).as("withdrawn evidence cannot be withdrawn again").isEmpty();
        scrollTo(browser, browser.find(item));
        screenshot("withdrawn");
    }

    @Test
    void aWithdrawalWithABlankReasonIsRefusedWithTheApisWordsAndTheEvidenceStays() {
        open(CHANGPUZI);
        String evidence = upload("changpuzi", CHANGPUZI, "筛查台账补充.txt", null);
        Browser browser = browser().signIn("changpuzi", PASSWORD).awaitVisible("#submitter-home");
        String item = "#evidence-item-1\\.1\\.1-" + evidence;
        // the withdraw form shows once every read model the page asks has taken in the reopening and the upload
        await(browser, () -> !browser.open("/assessments/" + CHANGPUZI).findAll(item + " details.withdraw summary").isEmpty());

        long version = system().version(CHANGPUZI);
        browser.find(item + " details.withdraw summary").click();
        browser.find("#withdraw-reason-1\\.1\\.1-" + evidence).sendKeys("   ");
        browser.find("#withdraw-1\\.1\\.1-" + evidence).click();
        WebElement message = browser.find(item + " .message");
        await(browser, () -> !message.getText().isBlank());
        assertThat(message.getText()).as("one sentence naming the field, no code or field path").isEqualTo("请填写“撤回原因（必填）”。");
        assertThat(message.getAttribute("role")).isEqualTo("alert");
        scrollTo(browser, message);
        screenshot("refused");

        browser.open("/assessments/" + CHANGPUZI).awaitVisible(item);
        assertThat(browser.text(item)).doesNotContain("已撤回");
        assertThat(system().version(CHANGPUZI)).as("no event was stored").isEqualTo(version);
    }

    @Test
    void theReviewerRejectsEvidenceWithAReason() {
        Browser browser = browser().signIn("reviewer", PASSWORD).awaitVisible("#reviewer-home")
                .open("/review/" + DONGSHAN).awaitVisible("#review-evidence-evidence-ds-02");
        assertThat(browser.text("#review-evidence-evidence-ds-02")).contains("主要经济指标-统计年报摘录.txt", "有效");

        browser.find("#evidence-reject-reason-evidence-ds-02").sendKeys("摘录未加盖统计局公章");
        browser.find("#evidence-reject-evidence-ds-02").click();

        browser.awaitVisible("#done");
        assertThat(browser.text("#done")).isEqualTo("佐证材料已退回。");
        assertThat(browser.text("#review-evidence-evidence-ds-02")).contains("已退回", "原因：摘录未加盖统计局公章");
        assertThat(browser.findAll("#review-evidence-evidence-ds-02 form")).isEmpty();
        scrollTo(browser, browser.find("#review-evidence-evidence-ds-02"));
        screenshot("rejected");

        browser.open("/assessments/" + DONGSHAN).awaitVisible("#evidence-item-2\\.1\\.1-evidence-ds-02");
        assertThat(browser.text("#evidence-item-2\\.1\\.1-evidence-ds-02")).contains("已被审核退回", "原因：摘录未加盖统计局公章");
    }

    @Test
    void anEvidenceRejectionWithABlankReasonIsRefusedWithTheApisWordsAndStoresNothing() {
        Browser browser = browser().signIn("reviewer", PASSWORD).awaitVisible("#reviewer-home")
                .open("/review/" + DONGSHAN).awaitVisible("#review-evidence-evidence-ds-03");

        long version = system().version(DONGSHAN);
        // empty: the form itself asks for a reason, nothing is sent
        browser.find("#evidence-reject-evidence-ds-03").click();
        assertThat(browser.find("#evidence-reject-reason-evidence-ds-03").getAttribute("validationMessage")).isNotBlank();

        // blanks pass the form; the page says in one sentence which field to fill in
        browser.find("#evidence-reject-reason-evidence-ds-03").sendKeys("   ");
        browser.find("#evidence-reject-evidence-ds-03").click();
        WebElement message = browser.find("#review-evidence-evidence-ds-03 .evidence-reject .message");
        await(browser, () -> !message.getText().isBlank());
        assertThat(message.getText()).as("one sentence naming the field, no code or field path").isEqualTo("请填写“退回原因”。");
        scrollTo(browser, message);
        screenshot("refused");

        browser.open("/review/" + DONGSHAN).awaitVisible("#review-evidence-evidence-ds-03");
        assertThat(browser.text("#review-evidence-evidence-ds-03")).contains("有效").doesNotContain("已退回");
        assertThat(system().version(DONGSHAN)).as("no event was stored").isEqualTo(version);
    }

    @Test
    void theReviewerAcceptsTheCaptureTimeOfEvidenceReceivedLate() {
        Instant now = Instant.now();
        String evidence;
        // the evidence deadline is put in the past only while the late file arrives
        reviseDeadlines(now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(90)), "演示：材料截止");
        try {
            evidence = upload("dongshan", DONGSHAN, "断网时拍摄的入户照片.txt", now.minus(Duration.ofDays(3)));
        } finally {
            reviseDeadlines(now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(45)), now.plus(Duration.ofDays(90)), "恢复时间节点");
        }
        String article = "#review-evidence-" + evidence;
        Browser browser = browser().signIn("reviewer", PASSWORD).awaitVisible("#reviewer-home");
        await(browser, () -> !browser.open("/review/" + DONGSHAN).findAll(article).isEmpty());
        assertThat(browser.text(article)).contains("断网时拍摄的入户照片.txt", "逾期", "采集于");
        scrollTo(browser, browser.find(article));
        screenshot("late");

        browser.find("#capture-reason-" + evidence).sendKeys("乡镇断网期间拍摄，恢复后补传");
        browser.find("#capture-accept-" + evidence).click();

        browser.awaitVisible("#done");
        assertThat(browser.text("#done")).isEqualTo("采集时间已认可。");
        assertThat(browser.text(article)).contains("采集时间已认可（乡镇断网期间拍摄，恢复后补传）").doesNotContain("逾期");
        assertThat(browser.findAll(article + " form.capture-accept")).isEmpty();
        scrollTo(browser, browser.find(article));
        screenshot("accepted");
    }

    @Test
    void theReviewerAppliesAVetoAndLiftsItWithAReason() {
        Browser browser = browser().signIn("reviewer", PASSWORD).awaitVisible("#reviewer-home")
                .open("/review/" + DONGSHAN).awaitVisible("#veto");
        assertThat(browser.findAll("#veto-VETO-SAFETY")).isEmpty();

        new Select(browser.find("#veto-condition")).selectByValue("VETO-SAFETY");
        browser.find("#veto-reason").sendKeys("发生一起较大安全生产事故");
        browser.find("#veto-apply").click();
        browser.awaitVisible("#confirm-dialog");
        browser.find("#confirm-yes").click();
        await(browser, () -> browser.path().contains("done=vetoed") && !browser.findAll("#veto-VETO-SAFETY").isEmpty());
        assertThat(browser.text("#veto-VETO-SAFETY")).contains("已否决：发生重大安全生产责任事故", "原因：发生一起较大安全生产事故");
        scrollTo(browser, browser.find("#veto"));
        screenshot("vetoed");

        browser.find("#lift-reason-VETO-SAFETY").sendKeys("经复核，事故责任不在该乡");
        browser.find("#lift-VETO-SAFETY").click();
        await(browser, () -> browser.path().contains("done=vetoLifted") && !browser.findAll("#done").isEmpty());
        assertThat(browser.text("#done")).isEqualTo("一票否决已撤销。");
        assertThat(browser.findAll("#veto-VETO-SAFETY")).isEmpty();
        assertThat(system().http().get("reviewer", "/api/assessments/" + DONGSHAN + "/totals").json().path("vetoed").asBoolean()).isFalse();
        scrollTo(browser, browser.find("#veto"));
        screenshot("lifted");
    }

    @Test
    void liftingAVetoWithABlankReasonIsRefusedWithTheApisWordsAndTheVetoStays() {
        HttpApi.Answer vetoed = system().http().post("reviewer", "/api/assessments/" + DONGSHAN + "/vetoes",
                "{\"conditionCode\":\"VETO-NEGLECT\",\"reason\":\"台账多项拖延未办\"}");
        assertThat(vetoed.status()).as(vetoed.toString()).isEqualTo(200);
        try {
            Browser browser = browser().signIn("reviewer", PASSWORD).awaitVisible("#reviewer-home");
            await(browser, () -> !browser.open("/review/" + DONGSHAN).findAll("#veto-VETO-NEGLECT").isEmpty());

            long version = system().version(DONGSHAN);
            browser.find("#lift-reason-VETO-NEGLECT").sendKeys("  ");
            browser.find("#lift-VETO-NEGLECT").click();
            WebElement message = browser.find("#veto-VETO-NEGLECT .message");
            await(browser, () -> !message.getText().isBlank());
            assertThat(message.getText()).as("one sentence naming the field, no code or field path").isEqualTo("请填写“撤销原因”。");
            scrollTo(browser, message);
            screenshot("refused");

            browser.open("/review/" + DONGSHAN).awaitVisible("#veto-VETO-NEGLECT");
            assertThat(system().version(DONGSHAN)).as("no event was stored").isEqualTo(version);
        } finally {
            HttpApi.Answer lifted = system().http().post("reviewer", "/api/assessments/" + DONGSHAN + "/vetoes/VETO-NEGLECT/lifting",
                    "{\"reason\":\"测试结束\"}");
            assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
        }
    }

    /** Reopens the assessment for claims when it is not open (another test may have submitted it). */
    private void open(String assessment) {
        HttpApi.Answer totals = system().http().get("office", "/api/assessments/" + assessment + "/totals");
        if (!"OPEN".equals(totals.json().path("status").asText())) {
            HttpApi.Answer reopened = system().http().post("office", "/api/assessments/" + assessment + "/reopening",
                    "{\"reason\":\"补充材料\"}");
            assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
            awaitApi(() -> "OPEN".equals(system().http().get("office", "/api/assessments/" + assessment + "/totals")
                    .json().path("status").asText()));
        }
    }

    private String upload(String user, String assessment, String fileName, Instant capturedAt) {
        Map<String, List<String>> fields = capturedAt == null ? Map.of("indicatorCodes", List.of("1.1.1"))
                : Map.of("indicatorCodes", List.of("1.1.1"), "capturedAt", List.of(capturedAt.toString()));
        HttpApi.Answer uploaded = system().http().upload(user, "/api/assessments/" + assessment + "/evidence", fileName,
                "text/plain", ("佐证：" + fileName).getBytes(StandardCharsets.UTF_8), fields);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        return uploaded.id();
    }

    private void reviseDeadlines(Instant claimsDue, Instant evidenceDue, Instant reviewDue, String reason) {
        HttpApi.Answer revised = system().http().post("office", "/api/schemes/" + SCHEME + "/deadline-revisions", """
                {"deadlines": {"claimsDue": "%s", "evidenceDue": "%s", "reviewDue": "%s"}, "reason": "%s"}"""
                .formatted(claimsDue, evidenceDue, reviewDue, reason));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
    }

    private static WebElement row(Browser browser, String title) {
        return browser.findAll("#bonus-claims-table tbody tr").stream()
                .filter(tr -> tr.getText().contains(title)).findFirst().orElse(null);
    }

    private static JavascriptExecutor js(Browser browser) {
        return (JavascriptExecutor) browser.driver();
    }

    private static void scrollTo(Browser browser, WebElement element) {
        js(browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    private static void await(Browser browser, BooleanSupplier condition) {
        // a page load or an htmx swap may replace an element between finding it and reading it; on a busy
        // machine the read models take in a command in seconds, so the bound is generous and costs nothing when they are quick
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .ignoring(NullPointerException.class)
                .withMessage(() -> "the page never showed it; last page " + browser.path() + " said: " + pageText(browser))
                .until(d -> condition.getAsBoolean());
    }

    private static String pageText(Browser browser) {
        try {
            String text = browser.text("main");
            return text.length() > 1500 ? text.substring(0, 1500) + "…" : text;
        } catch (RuntimeException unreadable) {
            return "(unreadable: " + unreadable.getMessage() + ")";
        }
    }

    private static void awaitApi(BooleanSupplier condition) {
        org.awaitility.Awaitility.await("the read side caught up in time").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100)).until(condition::getAsBoolean);
    }
}
