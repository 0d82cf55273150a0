package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.evaltrack.launcher.e2e.Viewports.LAPTOP;
import static org.evaltrack.launcher.e2e.Viewports.PHONE;
import static org.evaltrack.launcher.e2e.Viewports.sized;

import java.time.Duration;
import java.util.UUID;

import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The bonus claim form offers the scheme's own bonus levels (the demo scheme rewards three), "请选择" first and
 * none chosen; a refusal that the API words as "see details" is said in a township clerk's words, without field
 * names; a claim the clerk makes is listed at once.
 */
class BonusLevelsAndPlainRefusalsBrowserPostgresTest extends BrowserTestBase {

    private static final String CHANGPUZI = "assessment-2019-changpuzi";

    BonusLevelsAndPlainRefusalsBrowserPostgresTest(PostgresTestDatabase database) {
        super(database);
    }

    @BeforeAll
    void theAssessmentIsOpen() {
        await().atMost(Duration.ofSeconds(60)).until(() ->
                system().http().get("office", "/api/assessments/" + CHANGPUZI + "/totals").status() == 200);
        if (!"OPEN".equals(system().http().get("office", "/api/assessments/" + CHANGPUZI + "/totals").json().path("status").asText())) {
            assertThat(system().http().post("office", "/api/assessments/" + CHANGPUZI + "/reopening",
                    "{\"reason\":\"补充加分申报\"}").status()).isEqualTo(200);
            await().atMost(Duration.ofSeconds(20)).until(() -> "OPEN".equals(system().http()
                    .get("office", "/api/assessments/" + CHANGPUZI + "/totals").json().path("status").asText()));
        }
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {LAPTOP, PHONE})
    void theFormOffersTheSchemesLevelsAndSaysRefusalsPlainly(int width) {
        Browser browser = sized(browser(), width).signIn("changpuzi", PASSWORD).awaitVisible("#submitter-home")
                .open("/assessments/" + CHANGPUZI).awaitVisible("#bonus-level");
        Select level = new Select(browser.find("#bonus-level"));
        assertThat(level.getOptions()).extracting(WebElement::getText).containsExactly("请选择",
                "中央主流媒体推介（每项 0.50 分）", "省级主流媒体推介（每项 0.30 分）", "市级表彰（先进单位）（每项 0.50 分）");
        assertThat(level.getFirstSelectedOption().getAttribute("value")).as("no level chosen for the clerk").isEmpty();

        // blanks only: the API refuses VALIDATION_FAILED "…，详见 details" with "title: …" in its details
        level.selectByValue("CENTRAL_MEDIA");
        browser.find("#bonus-title").sendKeys("   ");
        js(browser).executeScript("document.getElementById('bonus-awarded-on').value = '2019-11-05';");
        submit(browser);
        browser.awaitVisible("#bonus-claim-form [role=alert]");
        assertThat(browser.text("#bonus-claim-form [role=alert]")).isEqualTo("有一项没有填写或填写得不对，请检查后再提交。");
        scrollToForm(browser);
        screenshot("blank-zh");

        // too long: TEXT_NOT_ACCEPTED, said plainly with the limit sentence that names the field by its label
        js(browser).executeScript("document.getElementById('bonus-title').removeAttribute('maxlength');");
        browser.find("#bonus-title").clear();
        browser.find("#bonus-title").sendKeys("长".repeat(600));
        submit(browser);
        await().atMost(Duration.ofSeconds(10)).until(() -> browser.text("#bonus-claim-form [role=alert]").startsWith("有一段文字太长"));
        String tooLong = browser.text("#bonus-claim-form [role=alert]");
        assertThat(tooLong).contains("标题").doesNotContain("详见", "details", "title", "TEXT_NOT_ACCEPTED");
        screenshot("too-long-zh");

        // accepted: the list shows the clerk's own claim at once
        String title = "《东山乡经验》中央媒体报道（" + UUID.randomUUID().toString().substring(0, 8) + "）";
        browser.find("#bonus-title").clear();
        browser.find("#bonus-title").sendKeys(title);
        submit(browser);
        await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() -> browser.text("#bonus-claims").contains(title));
        String row = browser.findAll("#bonus-claims tr").stream().map(WebElement::getText).filter(t -> t.contains(title))
                .findFirst().orElseThrow();
        assertThat(row).contains("中央主流媒体推介", "2019-11-05", "0.50", "待审核");
        screenshot("claimed-zh");

        browser.open("/assessments/" + CHANGPUZI + "?lang=en").awaitVisible("#bonus-level");
        assertThat(new Select(browser.find("#bonus-level")).getOptions()).extracting(WebElement::getText).containsExactly(
                "Please choose", "Central mainstream media (0.50 points each)", "Provincial media (0.30 points each)",
                "Municipal commendation (0.50 points each)");
        new Select(browser.find("#bonus-level")).selectByValue("PROVINCIAL_MEDIA");
        browser.find("#bonus-title").sendKeys("  ");
        js(browser).executeScript("document.getElementById('bonus-awarded-on').value = '2019-11-05';");
        submit(browser);
        browser.awaitVisible("#bonus-claim-form [role=alert]");
        assertThat(browser.text("#bonus-claim-form [role=alert]"))
                .isEqualTo("Something was left blank or is not filled in correctly. Please check and send it again.");
        scrollToForm(browser);
        screenshot("blank-en");
    }

    private static void submit(Browser browser) {
        js(browser).executeScript("document.querySelector('#bonus-claim-form button[type=submit]').click();");
    }

    private static void scrollToForm(Browser browser) {
        js(browser).executeScript("document.getElementById('bonus-claim-form').scrollIntoView({block: 'center'});");
    }

    private static JavascriptExecutor js(Browser browser) {
        return (JavascriptExecutor) browser.driver();
    }

}
