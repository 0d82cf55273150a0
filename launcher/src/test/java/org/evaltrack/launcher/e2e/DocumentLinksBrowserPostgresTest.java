package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** The home page offers each role the documents it may read, and each link downloads one. */
class DocumentLinksBrowserPostgresTest extends BrowserTestBase {

    DocumentLinksBrowserPostgresTest(PostgresTestDatabase database) {
        super(database);
    }

    @Test
    void aSubmitterFindsTheUnitsReportAndSpreadsheetsOnTheHomePageAndEachDownloads() {
        Browser browser = browser().signIn("dongshan", PASSWORD).awaitVisible("#submitter-home");
        List<String> links = hrefs(browser.findAll("#submitter-home .downloads a"));
        screenshot("home");

        assertThat(links).anySatisfy(link -> assertThat(link).startsWith("/api/assessments/assessment-2019-dongshan/report.pdf?lang=zh"))
                .anySatisfy(link -> assertThat(link).contains("/report.docx"))
                .anySatisfy(link -> assertThat(link).contains("/scorecard.xlsx"))
                .anySatisfy(link -> assertThat(link).contains("/trail.xlsx"))
                .anySatisfy(link -> assertThat(link).contains("/ledger.xlsx"));
        for (String link : links) {
            HttpApi.Download answer = system().http().download("dongshan", link);
            assertThat(answer.status()).as(link + " " + answer).isEqualTo(200);
            assertThat(answer.contentDisposition()).as(link).startsWith("attachment");
        }
    }

    @Test
    void aReviewerFindsEachSubmittedAssessmentsDocumentsInEnglishAfterSwitching() {
        Browser browser = browser().signIn("reviewer", PASSWORD).awaitVisible("#reviewer-home");
        browser.find("#lang-en").click();
        browser.awaitVisible("#reviewer-home");
        // the row also links the review console, a page whose language follows the session, not ?lang=
        List<String> links = hrefs(browser.findAll("#reviewer-home td a")).stream().filter(link -> link.startsWith("/api/")).toList();

        assertThat(links).isNotEmpty().allSatisfy(link -> assertThat(link).endsWith("lang=en"));
        assertThat(links).anySatisfy(link -> assertThat(link).contains("/report.pdf"));
        HttpApi.Download pdf = system().http().download("reviewer",
                links.stream().filter(l -> l.contains("/report.pdf")).findFirst().orElseThrow());
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
    }

    @Test
    void aLeaderFindsTheirOwnLedgerSpreadsheet() {
        Browser browser = browser().signIn("tangmiaohua", PASSWORD).awaitVisible("#leader-home");
        List<String> links = hrefs(browser.findAll("#leader-home a"));

        assertThat(links).contains("/api/ledgers/mine.xlsx?lang=zh");
        assertThat(system().http().download("tangmiaohua", "/api/ledgers/mine.xlsx?lang=zh").status()).isEqualTo(200);
    }

    /** Path and query of each link, as the browser resolved it. */
    private static List<String> hrefs(List<WebElement> anchors) {
        return anchors.stream().map(a -> URI.create(a.getAttribute("href"))).map(u -> u.getRawPath() + "?" + u.getRawQuery()).toList();
    }
}
