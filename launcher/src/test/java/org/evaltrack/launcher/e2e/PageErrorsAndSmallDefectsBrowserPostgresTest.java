package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Failed page addresses in the application's own layout and language (403 for a page the role may not open,
 * 404 for an unknown address) while the API keeps problem+json; the favicon; the scheme's title instead of its
 * id on the home page and the scorecard; the bonus level to be chosen, not preset. Desktop (1366 px) and phone (390 px).
 */
class PageErrorsAndSmallDefectsBrowserPostgresTest extends BrowserTestBase {

    private static final String DONGSHAN = "assessment-2019-dongshan";

    PageErrorsAndSmallDefectsBrowserPostgresTest(PostgresTestDatabase database) {
        super(database);
    }

    @ParameterizedTest
    @ValueSource(ints = {1366, 390})
    void aSubmitterOpeningTheDashboardGetsTheRefusalInTheLayoutInBothLanguages(int width) {
        Browser browser = sized(width).signIn("dongshan", PASSWORD).awaitVisible("#submitter-home");

        browser.open("/dashboard").awaitVisible("#error-title");
        assertThat(browser.text("#error-title")).isEqualTo("您的账号无权打开此页面");
        assertThat(browser.text("#error-detail")).isEqualTo("此页面不对您的账号开放。如确需使用，请联系县绩效办。");
        assertThat(browser.text("#error-home")).isEqualTo("返回首页");
        assertThat(browser.findAll(".site-header .brand")).as("the application's own layout").hasSize(1);
        assertThat(browser.pageText()).doesNotContain("Whitelabel", "403", "FORBIDDEN", "ROLE_NOT_ALLOWED");
        screenshot("dashboard-403-zh");

        browser.find("#lang-en").click();
        browser.awaitPath("/dashboard?lang=en").awaitVisible("#error-title");
        assertThat(browser.text("#error-title")).isEqualTo("Not for your account");
        assertThat(browser.text("#error-home")).isEqualTo("Back to the home page");
        screenshot("dashboard-403-en");

        browser.open("/review?lang=zh-CN").awaitVisible("#error-title");
        assertThat(browser.text("#error-title")).isEqualTo("您的账号无权打开此页面");

        browser.open("/no-such-page").awaitVisible("#error-title");
        assertThat(browser.text("#error-title")).isEqualTo("页面不存在");
        assertThat(browser.text("#error-detail")).isEqualTo("此地址没有页面，可能输入有误或页面已移动。");
        screenshot("unknown-404-zh");
        browser.find("#error-home").click();
        browser.awaitVisible("#submitter-home");
    }

    @Test
    void theApiStillAnswersProblemJson() {
        HttpApi.Answer unknown = system().http().get("dongshan", "/api/no-such-thing");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.json().path("status").asInt()).isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(ints = {1366, 390})
    void theFaviconAndTheSchemeTitle(int width) {
        Browser browser = sized(width).signIn("dongshan", PASSWORD).awaitVisible("#submitter-home");
        assertThat(browser.find("link[rel=icon]").getAttribute("href")).endsWith("/favicon.svg");
        String home = browser.text("#submitter-home h3");
        assertThat(home).contains("东山侗族乡", "绩效评估").doesNotContain("scheme-2019");
        screenshot("home-zh");

        browser.open("/assessments/" + DONGSHAN).awaitVisible("#scheme-title");
        assertThat(browser.text("#scheme-title")).contains("绩效评估").doesNotContain("scheme-2019");

        browser.open("/favicon.svg");
        assertThat(browser.driver().getPageSource()).contains("<svg");
    }

    @ParameterizedTest
    @ValueSource(ints = {1366, 390})
    void theBonusLevelIsChosenNotPreset(int width) {
        HttpApi.Answer status = system().http().get("office", "/api/assessments/assessment-2019-changpuzi/totals");
        if (!"OPEN".equals(status.json().path("status").asText())) {
            assertThat(system().http().post("office", "/api/assessments/assessment-2019-changpuzi/reopening",
                    "{\"reason\":\"补充加分申报\"}").status()).isEqualTo(200);
        }
        Browser browser = sized(width).signIn("changpuzi", PASSWORD).awaitVisible("#submitter-home")
                .open("/assessments/assessment-2019-changpuzi").awaitVisible("#bonus-level");
        Select level = new Select(browser.find("#bonus-level"));
        assertThat(level.getOptions().get(0).getText()).isEqualTo("请选择");
        assertThat(level.getFirstSelectedOption().getAttribute("value")).isEmpty();
        browser.find("#bonus-title").sendKeys("全省脱贫攻坚先进集体");
        browser.find("#bonus-claim-form button[type=submit]").click();
        assertThat(browser.find("#bonus-level").getAttribute("validationMessage")).as("the level must be chosen").isNotBlank();
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById('bonus-level').scrollIntoView({block: 'center'})");
        screenshot("bonus-level-zh");

        browser.open("/assessments/assessment-2019-changpuzi?lang=en").awaitVisible("#bonus-level");
        assertThat(new Select(browser.find("#bonus-level")).getOptions().get(0).getText()).isEqualTo("Please choose");
    }

    private Browser sized(int width) {
        Browser browser = browser();
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", width < 800 ? 844 : 900, "deviceScaleFactor", 1, "mobile", width < 800));
        return browser;
    }
}
