package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.query.claimsheet.ClaimSheetView;
import org.evaltrack.kernel.query.claimsheet.FindClaimSheet;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The scorecard's evidence upload while the browser is offline, in a real Chromium whose network is cut
 * through the DevTools protocol: the file waits on the page, keeps the moment it was queued as its
 * capture time, and goes to the command API once the network is back.
 */
class OfflineUploadBrowserPostgresTest extends BrowserTestBase {

    private static final String CHANGPUZI = "assessment-2019-changpuzi";
    /** Between the test's clock readings around the click and the page's own reading of the moment. */
    private static final Duration SLACK = Duration.ofSeconds(2);

    OfflineUploadBrowserPostgresTest(PostgresTestDatabase database) {
        super(database);
    }

    @Test
    void aFileAddedOfflineWaitsAndGoesWhenTheNetworkIsBackWithTheMomentItWasQueuedAsItsCaptureTime() throws IOException {
        reopen();

        Browser browser = browser().signIn("changpuzi", PASSWORD).awaitVisible("#submitter-home");
        await(browser, () -> !browser.open("/assessments/" + CHANGPUZI).findAll("#upload-form").isEmpty());
        Path file = Files.createTempFile("离线入户照片-" + UUID.randomUUID().toString().substring(0, 8) + "-", ".txt");
        Files.writeString(file, "断网时采集的入户走访记录 " + UUID.randomUUID() + "\n", StandardCharsets.UTF_8);
        String fileName = file.getFileName().toString();

        network(browser, false);
        await(browser, () -> Boolean.FALSE.equals(js(browser).executeScript("return navigator.onLine")));

        new Select(browser.find("#upload-indicators")).selectByValue("1.1.1");
        browser.find("#upload-files").sendKeys(file.toAbsolutePath().toString());
        Instant before = Instant.now();
        browser.find("#upload-start").click();
        await(browser, () -> !browser.findAll("#upload-progress li .upload-status").isEmpty()
                && !browser.text("#upload-progress li .upload-status").isBlank());
        Instant after = Instant.now();
        assertThat(browser.text("#upload-progress li")).contains(fileName, "当前离线：联网后自动上传，采集时间已记录。");
        assertThat(browser.findAll("#upload-progress li.ok, #upload-progress li.error")).as("nothing sent, nothing failed").isEmpty();
        scrollTo(browser, "#upload-progress");
        screenshot("waiting");

        // a while offline: the file must still be waiting, not given up
        sleep(Duration.ofSeconds(2));
        assertThat(evidenceNamed(fileName)).as("nothing reached the command side while offline").isEmpty();
        assertThat(browser.text("#upload-progress li .upload-status")).isEqualTo("当前离线：联网后自动上传，采集时间已记录。");

        network(browser, true);
        await(browser, () -> !browser.findAll("#upload-progress li.ok").isEmpty() || !browser.findAll("#upload-progress li.error").isEmpty());
        assertThat(browser.text("#upload-progress li")).contains(fileName, "已上传", "SHA-256 已核对");
        assertThat(browser.findAll("#upload-progress li.error")).isEmpty();
        assertThat(browser.text("#evidence-1\\.1\\.1")).contains(fileName);
        scrollTo(browser, "#upload-progress");
        screenshot("uploaded");

        awaitApi(() -> evidenceNamed(fileName).isPresent());
        ClaimSheetView.EvidenceItem evidence = evidenceNamed(fileName).orElseThrow();
        assertThat(evidence.indicatorCodes()).containsExactly("1.1.1");
        assertThat(evidence.capturedAt()).as("the capture time is the moment the file was queued, not when it arrived")
                .isNotNull()
                .isBetween(before.minus(SLACK), after.plus(SLACK));
        assertThat(evidence.receivedAt()).as("received after the network came back").isAfter(after);
        assertThat(Duration.between(evidence.capturedAt(), evidence.receivedAt())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    /** Opens the assessment for claims again unless it is open (the demo case submits it). */
    private void reopen() {
        HttpApi.Answer totals = system().http().get("office", "/api/assessments/" + CHANGPUZI + "/totals");
        if (!"OPEN".equals(totals.json().path("status").asText())) {
            HttpApi.Answer reopened = system().http().post("office", "/api/assessments/" + CHANGPUZI + "/reopening",
                    "{\"reason\":\"补传离线采集的材料\"}");
            assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        }
    }

    /**
     * Cuts or restores the page's network with Chromium's own emulation (what DevTools' "Offline" does):
     * requests fail, navigator.onLine follows, and the page gets its offline and online events.
     */
    private static void network(Browser browser, boolean online) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Network.enable", Map.of());
        ((ChromeDriver) browser.driver()).executeCdpCommand("Network.emulateNetworkConditions", Map.of(
                "offline", !online, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private Optional<ClaimSheetView.EvidenceItem> evidenceNamed(String fileName) {
        Optional<ClaimSheetView> sheet = system().bean(QueryGateway.class)
                .query(new FindClaimSheet(new AssessmentId(CHANGPUZI)), ResponseTypes.optionalInstanceOf(ClaimSheetView.class))
                .join();
        return sheet.flatMap(s -> s.evidence().stream().filter(e -> e.fileName().equals(fileName)).findFirst());
    }

    private static JavascriptExecutor js(Browser browser) {
        return (JavascriptExecutor) browser.driver();
    }

    private static void scrollTo(Browser browser, String css) {
        js(browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", browser.find(css));
    }

    private static void await(Browser browser, BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    private static void awaitApi(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("the read side caught up in time").isLessThan(deadline);
            sleep(Duration.ofMillis(100));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
