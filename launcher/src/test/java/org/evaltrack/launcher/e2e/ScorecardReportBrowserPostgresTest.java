package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.evaltrack.kernel.assessment.BonusClaimed;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The scorecard's report part: a unit's submitter writes the measures text and claims a bonus from the
 * page, and the Word report downloaded from the page's link then carries the text.
 */
class ScorecardReportBrowserPostgresTest extends BrowserTestBase {

    ScorecardReportBrowserPostgresTest(PostgresTestDatabase database) {
        super(database);
    }

    @Test
    void aSubmitterClaimsABonusAndWritesTheMeasuresWhichTheWordReportThenCarries() {
        // the demo's units have all submitted: a unit of its own with an open assessment
        HttpApi api = system().http();
        String unitId = api.post("office", "/api/units", """
                {"name": "报告页测试乡", "kind": "TOWNSHIP"}""").id();
        HttpApi.Answer account = api.post("office", "/api/accounts", """
                {"username": "reportpage", "password": "%s", "displayName": "报告页测试", "role": "SUBMITTER", "unitId": "%s"}"""
                .formatted(PASSWORD, unitId));
        assertThat(account.status()).as(account.toString()).isEqualTo(201);
        HttpApi.Answer opened = api.post("office", "/api/assessments", """
                {"schemeId": "scheme-2019-suining", "unitId": "%s"}""".formatted(unitId));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String page = "/assessments/" + opened.id();
        Browser browser = browser().signIn("reportpage", PASSWORD).awaitVisible("#submitter-home");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> !browser.open(page).findAll("#bonus-claim-form").isEmpty());

        new Select(browser.find("#bonus-level")).selectByValue("PROVINCIAL_MEDIA");
        browser.find("#bonus-title").sendKeys("《报告页测试乡：一项报道》");
        browser.find("#bonus-source").sendKeys("贵州日报");
        // a date input takes the date in the browser locale's order; en-US is month, day, year
        browser.find("#bonus-awarded-on").sendKeys("11202019");
        browser.find("#bonus-claim-form button[type=submit]").click();
        browser.awaitVisible("#bonus-claim-form [role=status]");
        assertThat(browser.find("#bonus-claim-form [role=alert]").isDisplayed()).isFalse();

        String measures = "一是建强队伍；二是<b>压实责任</b>，报告页测试。";
        browser.find("#section-measures-text").sendKeys(measures);
        browser.find("#section-measures button[type=submit]").click();
        browser.awaitVisible("#section-measures [role=status]");
        assertThat(browser.find("#section-measures [role=alert]").isDisplayed()).isFalse();
        screenshot("written");

        String docx = URI.create(browser.find("#report-docx").getAttribute("href")).getRawPath();
        assertThat(docx).isEqualTo("/api/assessments/" + opened.id() + "/report.docx");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> wordText(api.download("reportpage", docx).body()).contains(measures));
        assertThat(system().events(opened.id())).map(e -> e.getPayload())
                .anySatisfy(payload -> assertThat(payload).isInstanceOfSatisfying(BonusClaimed.class, claimed -> {
                    assertThat(claimed.title()).isEqualTo("《报告页测试乡：一项报道》");
                    assertThat(claimed.level()).isEqualTo(BonusLevel.PROVINCIAL_MEDIA);
                    assertThat(claimed.awardedOn()).isEqualTo(LocalDate.of(2019, 11, 20));
                }));

        // the text comes back into the page as written, tags and all, never as markup
        browser.open(page).awaitVisible("#section-measures-text");
        assertThat(browser.find("#section-measures-text").getAttribute("value")).isEqualTo(measures);
        assertThat(browser.findAll("#report b")).isEmpty();
        screenshot("reloaded");
    }

    private static String wordText(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
