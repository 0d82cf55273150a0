package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The audit trail page on the demo case after a reviewer's adjustment of 精准脱贫 (15 → 14) whose reason
 * carries HTML: the timeline shows before → after and the reason as text, the as-of picker shows the
 * totals from before the adjustment, and the indicator filter narrows the timeline.
 */
class AuditTrailPageBrowserPostgresTest extends BrowserTestBase {

    private static final String ASSESSMENT = "assessment-2019-dongshan";
    private static final String PAGE = "/assessments/" + ASSESSMENT + "/trail";
    private static final String REASON = "筛查台账缺两户 <b>粗体</b><script>window.injected=1</script>";
    private static final DateTimeFormatter PICKER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private Instant beforeAdjustment;

    AuditTrailPageBrowserPostgresTest(PostgresTestDatabase database) {
        super(database);
    }

    @BeforeAll
    void adjustOneScore() throws InterruptedException {
        HttpApi api = system().http();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            HttpApi.Answer totals = api.get("reviewer", "/api/assessments/" + ASSESSMENT + "/totals");
            return totals.status() == 200 && totals.json().path("status").asText().equals("SUBMITTED")
                    && totals.json().path("base").decimalValue().compareTo(new java.math.BigDecimal("92")) == 0;
        });
        // the picker has whole seconds: leave a whole second on each side of the instant asked about
        Thread.sleep(1100);
        beforeAdjustment = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Thread.sleep(1100);
        HttpApi.Answer adjustment = api.post("reviewer", "/api/assessments/" + ASSESSMENT + "/adjustments",
                "{\"indicatorCode\":\"1.1.1\",\"newScore\":14,\"reason\":\"" + REASON.replace("\"", "\\\"") + "\"}");
        assertThat(adjustment.status()).as(adjustment.toString()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            HttpApi.Answer trail = api.get("reviewer", "/api/assessments/" + ASSESSMENT + "/trail?kind=REVIEW_ADJUSTMENT");
            HttpApi.Answer totals = api.get("reviewer", "/api/assessments/" + ASSESSMENT + "/totals");
            return trail.json().path("totalRows").asLong() == 1
                    && totals.json().path("base").decimalValue().compareTo(new java.math.BigDecimal("91")) == 0;
        });
    }

    @Test
    void theTrailShowsTheAdjustmentBeforeAndAfterWithItsReasonAsText() {
        Browser browser = browser().signIn("reviewer", PASSWORD).awaitVisible("#reviewer-home");
        browser.find("#nav-trail").click();
        browser.awaitVisible("#trail-assessments");
        browser.find("#trail-assessments a[href*='" + ASSESSMENT + "']").click();
        browser.awaitVisible("#trail-rows");

        WebElement adjustment = browser.find("tr.trail-row[data-kind=REVIEW_ADJUSTMENT]");
        assertThat(adjustment.findElement(By.cssSelector(".kind")).getText()).isEqualTo("审核调整");
        assertThat(adjustment.findElement(By.cssSelector(".before")).getText()).isEqualTo("15.00");
        assertThat(adjustment.findElement(By.cssSelector(".after")).getText()).isEqualTo("14.00");
        WebElement reason = adjustment.findElement(By.cssSelector(".reason"));
        assertThat(reason.getText()).as("the reason is shown as written, markup included").isEqualTo(REASON);
        assertThat(reason.findElements(By.cssSelector("b, script"))).as("never as markup").isEmpty();
        assertThat(script(browser, "return window.injected === undefined")).isEqualTo(true);
        assertThat(adjustment.getText()).contains("县绩效办审核员").contains("1.1.1");
        assertThat(browser.text("#totals-base")).isEqualTo("91.00");
        script(browser, "arguments[0].scrollIntoView({block: 'center'});", adjustment);
        screenshot("timeline");
    }

    @Test
    void theAsOfPickerShowsTheTotalsAndTrailFromBeforeTheAdjustment() {
        Browser browser = browser().signIn("reviewer", PASSWORD).awaitVisible("#reviewer-home");
        browser.open(PAGE).awaitVisible("#trail-filters");
        assertThat(browser.text("#totals-base")).isEqualTo("91.00");

        script(browser, "document.getElementById('asOf').value = arguments[0];", PICKER.format(beforeAdjustment));
        browser.find("#apply-filters").click();
        browser.awaitPath(PAGE + "?asOf=").awaitVisible("#trail-totals");

        assertThat(browser.text("#totals-heading")).startsWith("截至");
        assertThat(browser.text("#totals-base")).isEqualTo("92.00");
        assertThat(browser.findAll("tr.trail-row[data-kind=REVIEW_ADJUSTMENT]")).as("the adjustment came later").isEmpty();
        assertThat(browser.findAll("tr.trail-row[data-kind=SUBMITTED]")).hasSize(1);
        assertThat(browser.find("#asOf").getAttribute("value")).as("the picker keeps its value").isEqualTo(PICKER.format(beforeAdjustment));
        script(browser, "arguments[0].scrollIntoView({block: 'start'});", browser.find("#trail-totals"));
        screenshot("as-of");
    }

    @Test
    void theIndicatorFilterKeepsOneIndicatorsTimeline() {
        Browser browser = browser().signIn("reviewer", PASSWORD).awaitVisible("#reviewer-home");
        browser.open(PAGE).awaitVisible("#trail-filters");
        assertThat(browser.findAll("tr.trail-row").stream().map(row -> row.getAttribute("data-indicator")).distinct().count())
                .as("unfiltered, several indicators").isGreaterThan(2);

        new Select(browser.find("#indicator")).selectByValue("1.1.1");
        browser.find("#kind-REVIEW_ADJUSTMENT").click();
        browser.find("#kind-SCORE_CLAIMED").click();
        browser.find("#apply-filters").click();
        browser.awaitPath(PAGE + "?").awaitVisible("#trail-rows");

        List<WebElement> rows = browser.findAll("tr.trail-row");
        assertThat(rows).extracting(row -> row.getAttribute("data-indicator")).containsOnly("1.1.1");
        assertThat(rows).extracting(row -> row.getAttribute("data-kind")).containsExactly("REVIEW_ADJUSTMENT", "SCORE_CLAIMED");
        assertThat(browser.text("#totals-indicator")).contains("1.1.1").contains("15.00").contains("14.00");
        // the demo's claims were entered by the office after the fact (补录), as of the report's date
        assertThat(rows.get(1).findElement(By.cssSelector(".after-the-fact")).getText()).startsWith("补录：发生于 2020-01-08");
        assertThat(rows.get(1).findElement(By.cssSelector(".after-the-fact-reason")).getText()).startsWith("补录原因：2019年度绩效评估补录");
        assertThat(rows.get(0).findElements(By.cssSelector(".after-the-fact"))).as("the live adjustment is not marked").isEmpty();
        screenshot("indicator");
    }

    @Test
    void theTrailPageSwitchesToEnglishKeepingItsFilters() {
        Browser browser = browser().signIn("reviewer", PASSWORD).awaitVisible("#reviewer-home");
        browser.open(PAGE + "?indicator=1.1.1").awaitVisible("#trail-rows");
        assertThat(browser.text("h1")).isEqualTo("审计轨迹：东山侗族乡");

        browser.find("#lang-en").click();
        browser.awaitVisible("#trail-rows");
        assertThat(browser.text("h1")).isEqualTo("Audit trail: 东山侗族乡");
        assertThat(browser.find("tr.trail-row[data-kind=REVIEW_ADJUSTMENT] .kind").getText()).isEqualTo("Review adjustment");
        assertThat(new Select(browser.find("#indicator")).getFirstSelectedOption().getAttribute("value")).isEqualTo("1.1.1");
        screenshot("en");

        browser.driver().manage().window().setSize(new Dimension(820, 1180));
        browser.driver().navigate().refresh();
        browser.awaitVisible("#trail-rows");
        assertThat(browser.find("#apply-filters").isDisplayed()).as("usable at tablet width").isTrue();
        screenshot("en-tablet");
    }

    private static Object script(Browser browser, String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
    }
}
