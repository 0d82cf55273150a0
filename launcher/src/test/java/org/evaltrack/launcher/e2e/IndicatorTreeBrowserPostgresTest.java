package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The indicator tree of the scorecard and the review console on a desktop (1366 px) and a phone (390 px):
 * section → category → indicator, each indicator's state in words, its scores with two decimals and its
 * light; the claim form opens for the indicator being edited only, a score out of range is refused in one
 * plain sentence, and a saved claim brings the reader back to its indicator. Chinese and English.
 */
class IndicatorTreeBrowserPostgresTest extends BrowserTestBase {

    private static final String DONGSHAN = "assessment-2019-dongshan";
    private static final String CHANGPUZI = "assessment-2019-changpuzi";
    private static final List<String> STATES_ZH = List.of("未自评", "已自评", "无佐证", "已调整", "已否决", "逾期");
    private static final List<String> STATES_EN = List.of("Not claimed", "Claimed", "No evidence", "Adjusted", "Vetoed", "Overdue");
    private static final String TWO_DECIMALS_OR_NONE = "-?\\d+\\.\\d{2}|—";

    IndicatorTreeBrowserPostgresTest(PostgresTestDatabase database) {
        super(database);
    }

    @ParameterizedTest
    @ValueSource(ints = {1366, 390})
    void submitterSeesTheTreeIsRefusedInPlainWordsAndReturnsToTheIndicator(int width) {
        reopen(CHANGPUZI);
        Browser browser = sized(width).signIn("changpuzi", PASSWORD).awaitVisible("#submitter-home")
                .open("/assessments/" + CHANGPUZI).awaitVisible("#indicator-tree");

        fitsTheWidth(browser, width);
        assertThat(browser.text("#section-COMMON > summary")).isEqualTo("共性考核指标");
        assertThat(browser.text("#category-1\\.1 > summary .subtotal")).matches("小计 \\d+\\.\\d{2} / 分值 25\\.00");
        assertThat(browser.text("#tree-legend")).contains("绿灯：90% 及以上", "黄灯：60% 至不足 90%", "红灯：不足 60%", "灰灯：尚未自评");
        for (WebElement indicator : browser.findAll("article.indicator")) {
            assertThat(indicator.findElement(org.openqa.selenium.By.cssSelector(".state")).getText()).isIn(STATES_ZH);
            assertThat(indicator.findElement(org.openqa.selenium.By.cssSelector(".claimed")).getText()).matches(TWO_DECIMALS_OR_NONE);
            assertThat(indicator.findElement(org.openqa.selenium.By.cssSelector(".effective-value")).getText()).matches(TWO_DECIMALS_OR_NONE);
        }
        assertThat(browser.find("#save-1\\.2\\.2").isDisplayed()).as("claim forms stay closed until asked for").isFalse();
        assertThat(browser.findAll("form.claim-form").stream().filter(WebElement::isDisplayed)).isEmpty();

        // a score above the maximum: refused by the command API, said in one sentence beside the field
        browser.find("#claim-1\\.2\\.2 > summary").click();
        browser.awaitVisible("#save-1\\.2\\.2");
        assertThat(browser.findAll("form.claim-form").stream().filter(WebElement::isDisplayed)).hasSize(1);
        claim(browser, "3");
        WebElement message = browser.find("#claim-1\\.2\\.2 .message");
        await(browser, () -> !message.getText().isBlank());
        assertThat(message.getText()).isEqualTo("政协工作（1.2.2）最高 2 分，填写的 3 分超出范围。");
        assertThat(message.getAttribute("class")).contains("error");
        scrollTo(browser, message);
        screenshot("refused-zh");
        claim(browser, "-1");
        await(browser, () -> message.getText().equals("政协工作（1.2.2）不能低于 0 分，填写的 -1 分超出范围。"));

        // a score in range: saved, the page comes back at the indicator with its claim open
        claim(browser, "2");
        await(browser, () -> browser.path().contains("saved=1.2.2") && "已保存。".equals(browser.text("#claim-1\\.2\\.2 .message")));
        assertThat(browser.path()).endsWith("#indicator-1.2.2");
        assertThat(browser.text("#indicator-1\\.2\\.2 .claimed")).isEqualTo("2.00");
        assertThat(browser.text("#indicator-1\\.2\\.2 .light")).isEqualTo("绿灯");
        assertThat(browser.text("#indicator-1\\.2\\.2 .state")).isIn("已自评", "无佐证");
        assertThat(browser.findAll("form.claim-form").stream().filter(WebElement::isDisplayed)).hasSize(1);
        screenshot("saved-zh");

        browser.open("/assessments/" + CHANGPUZI + "?lang=en#indicator-1.2.2").awaitVisible("#save-1\\.2\\.2");
        assertThat(browser.text("#section-COMMON > summary")).isEqualTo("Common indicators");
        assertThat(browser.text("#tree-legend")).contains("green: 90 % or more", "amber: 60 % to under 90 %", "red: under 60 %");
        assertThat(browser.text("#indicator-1\\.2\\.2 .light")).isEqualTo("green");
        assertThat(browser.text("#indicator-1\\.2\\.2 .state")).isIn(STATES_EN);
        claim(browser, "3");
        WebElement english = browser.find("#claim-1\\.2\\.2 .message");
        await(browser, () -> !english.getText().isBlank() && !english.getText().equals("Saved."));
        assertThat(english.getText()).isEqualTo("政协工作 (1.2.2) allows at most 2 points; the 3 points entered are out of range.");
        scrollTo(browser, english);
        screenshot("refused-en");
    }

    @ParameterizedTest
    @ValueSource(ints = {1366, 390})
    void reviewerSeesTheTreeAndAnOutOfRangeAdjustmentInPlainWords(int width) {
        Browser browser = sized(width).signIn("reviewer", PASSWORD).awaitVisible("#reviewer-home")
                .open("/review/" + DONGSHAN).awaitVisible("#review-indicators");
        fitsTheWidth(browser, width);
        assertThat(browser.text("#section-COMMON > summary")).isEqualTo("共性考核指标");
        assertThat(browser.text("#category-1\\.2 > summary .subtotal")).matches("小计 \\d+\\.\\d{2} / 分值 33\\.00");
        assertThat(browser.text("#review-1\\.1\\.1 .state")).isIn(STATES_ZH);
        assertThat(browser.text("#review-1\\.1\\.1 .claimed")).matches(TWO_DECIMALS_OR_NONE);
        assertThat(browser.find("#adjust-1\\.2\\.3").isDisplayed()).isFalse();

        browser.find("#review-1\\.2\\.3 details.adjust > summary").click();
        browser.find("#new-score-1\\.2\\.3").sendKeys("5");
        browser.find("#reason-1\\.2\\.3").sendKeys("复核");
        browser.find("#adjust-1\\.2\\.3").click();
        WebElement message = browser.find("#review-1\\.2\\.3 .message");
        await(browser, () -> !message.getText().isBlank());
        assertThat(message.getText()).isEqualTo("组织工作（1.2.3）最高 4 分，填写的 5 分超出范围。");
        scrollTo(browser, message);
        screenshot("refused-zh");

        browser.open("/review/" + DONGSHAN + "?lang=en").awaitVisible("#review-indicators");
        assertThat(browser.text("#section-COMMON > summary")).isEqualTo("Common indicators");
        assertThat(browser.text("#category-1\\.2 > summary .subtotal")).matches("subtotal \\d+\\.\\d{2} of 33\\.00");
        assertThat(browser.text("#review-1\\.1\\.1 .state")).isIn(STATES_EN);
        assertThat(browser.text("#tree-legend")).contains("grey: not claimed yet");
        screenshot("console-en");
    }

    private void reopen(String assessment) {
        HttpApi.Answer status = system().http().get("office", "/api/assessments/" + assessment + "/totals");
        if (!"OPEN".equals(status.json().path("status").asText())) {
            HttpApi.Answer reopened = system().http().post("office", "/api/assessments/" + assessment + "/reopening",
                    "{\"reason\":\"补充自评材料\"}");
            assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        }
    }

    private static void claim(Browser browser, String score) {
        WebElement input = browser.find("#score-1\\.2\\.2");
        input.clear();
        input.sendKeys(score);
        browser.find("#save-1\\.2\\.2").click();
    }

    private Browser sized(int width) {
        Browser browser = browser();
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", width < 800 ? 844 : 900, "deviceScaleFactor", 1, "mobile", width < 800));
        return browser;
    }

    /** Nothing makes the page wider than the screen (on a phone that would shift every tap). */
    private static void fitsTheWidth(Browser browser, int width) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        Object wider = js.executeScript("""
                return Array.from(document.querySelectorAll('body *'))
                    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
                    .slice(0, 6).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ');""");
        long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertThat(scrollWidth).as("the page is no wider than the screen; wider: %s", wider).isLessThanOrEqualTo(width);
    }

    private static void scrollTo(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    private static void await(Browser browser, BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }
}
