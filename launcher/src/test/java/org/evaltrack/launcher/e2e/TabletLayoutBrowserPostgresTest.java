package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The main pages on a tablet held upright (768 x 1024 CSS pixels): nothing makes the page wider than the
 * screen (wide tables scroll inside their own box), and the page's main forms are on screen, not cut off
 * at the right edge. Each page is kept as a screenshot.
 */
class TabletLayoutBrowserPostgresTest extends BrowserTestBase {

    private static final int WIDTH = 768;
    private static final int HEIGHT = 1024;
    private static final String DONGSHAN = "assessment-2019-dongshan";
    private static final String CHANGPUZI = "assessment-2019-changpuzi";

    TabletLayoutBrowserPostgresTest(PostgresTestDatabase database) {
        super(database);
    }

    @Test
    void home() {
        Browser browser = tablet().signIn("dongshan", PASSWORD).awaitVisible("#submitter-home");
        fitsTheScreen(browser, "home", "#submitter-home", "form.logout");
    }

    @Test
    void scorecardWithItsForms() {
        HttpApi.Answer status = system().http().get("office", "/api/assessments/" + CHANGPUZI + "/totals");
        if (!"OPEN".equals(status.json().path("status").asText())) {
            HttpApi.Answer reopened = system().http().post("office", "/api/assessments/" + CHANGPUZI + "/reopening",
                    "{\"reason\":\"平板检查\"}");
            assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        }
        Browser browser = tablet().signIn("changpuzi", PASSWORD).awaitVisible("#submitter-home");
        browser.open("/assessments/" + CHANGPUZI + "#indicator-1.1.1").awaitVisible("#save-1\\.1\\.1");
        fitsTheScreen(browser, "scorecard", "form.claim-form", "#upload-form", "#submit-form", "#bonus-claim-form", "#bonus-claims");
    }

    @Test
    void reviewConsoleWithItsForms() {
        Browser browser = tablet().signIn("reviewer", PASSWORD).awaitVisible("#reviewer-home");
        browser.open("/review/" + DONGSHAN + "#review-1.1.1").awaitVisible("#adjust-1\\.1\\.1");
        fitsTheScreen(browser, "review-console", "#review-indicators", "form.adjust-form", "#bonus form.api-form",
                "#review-evidence form.evidence-reject", "#veto form.api-form", "#finish form.api-form");
    }

    @Test
    void auditTrailWithItsFilters() {
        Browser browser = tablet().signIn("reviewer", PASSWORD).awaitVisible("#reviewer-home");
        browser.open("/assessments/" + DONGSHAN + "/trail").awaitVisible("#trail-filters");
        fitsTheScreen(browser, "trail", "#trail-filters", "#trail-filters button[type=submit]");
    }

    @Test
    void ledgerWithItsCloseOutForms() {
        Browser browser = tablet().signIn("tangmiaohua", PASSWORD).awaitVisible("#leader-home");
        browser.open("/ledger").awaitVisible("#my-ledger");
        fitsTheScreen(browser, "ledger", "#my-ledger", "#my-ledger form.close-out");
    }

    @Test
    void dashboardWithItsSchemeChoice() {
        Browser browser = tablet().signIn("reviewer", PASSWORD).awaitVisible("#reviewer-home");
        browser.open("/dashboard").awaitVisible("#ranking-table");
        fitsTheScreen(browser, "dashboard", "#ranking-table", "#category-chart");
    }

    @Test
    void importsWithTheirUploadForms() {
        Browser browser = tablet().signIn("office", PASSWORD).awaitVisible("#admin-home");
        browser.open("/imports").awaitVisible("#scheme-form");
        fitsTheScreen(browser, "imports", "#scheme-form", "#claims-form");
    }

    /** The test's browser with a tablet's viewport, for every page it opens from now on. */
    private Browser tablet() {
        Browser browser = browser();
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", WIDTH, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", false));
        return browser;
    }

    private void fitsTheScreen(Browser browser, String step, String... forms) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        assertThat(((Number) js.executeScript("return window.innerWidth")).intValue()).as("the tablet's width").isEqualTo(WIDTH);
        long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertThat(scrollWidth).as("%s: the page is no wider than the screen; wider: %s", step, widest(js)).isLessThanOrEqualTo(WIDTH);
        for (String form : forms) {
            assertThat(browser.findAll(form)).as("%s: %s is on the page", step, form).isNotEmpty();
            Object fits = js.executeScript("""
                    const r = document.querySelector(arguments[0]).getBoundingClientRect();
                    return r.width > 0 && r.height > 0 && r.left >= 0 && r.right <= window.innerWidth;""", form);
            assertThat(fits).as("%s: %s is shown within the screen's width", step, form).isEqualTo(true);
            assertThat(browser.find(form).isDisplayed()).as("%s: %s is visible", step, form).isTrue();
        }
        screenshot(step);
    }

    /** What sticks out, to say in the failure which element makes the page too wide. */
    @SuppressWarnings("unchecked")
    private static List<String> widest(JavascriptExecutor js) {
        return (List<String>) js.executeScript("""
                return Array.from(document.querySelectorAll('body *'))
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
                    .slice(0, 8)
                    .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className : '')
                        + ' ' + Math.round(e.getBoundingClientRect().right));""");
    }
}
