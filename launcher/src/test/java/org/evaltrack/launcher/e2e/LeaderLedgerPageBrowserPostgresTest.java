package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The ledger page on the demo case: 何定超 leads one task already overdue (消防演练与隐患排查, due three
 * days before the load) and sees it first, red and said in words, with the overdue count; attaching its
 * evidence from the page (multipart to the command API with the session's CSRF token) closes it. The
 * office sees every unit and department and opens one.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LeaderLedgerPageBrowserPostgresTest extends BrowserTestBase {

    private static final String LEADER = "hedingchao";
    private static final String OVERDUE_TASK = "task-ds-03";

    LeaderLedgerPageBrowserPostgresTest(PostgresTestDatabase database) {
        super(database);
    }

    @BeforeAll
    void ledgersAreBuilt() {
        HttpApi api = system().http();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            HttpApi.Answer unit = api.get("reviewer", "/api/units/unit-dongshan/ledger");
            return unit.status() == 200 && unit.json().path("tasks").size() == 6
                    && unit.json().path("counts").path("closed").asInt() > 0;
        });
    }

    @Test
    @Order(1)
    void aLeaderSeesOwnOpenTasksFirstWithTheOverdueCount() {
        Browser browser = browser().signIn(LEADER, PASSWORD).awaitVisible("#leader-home");
        browser.find("#nav-ledger").click();
        browser.awaitVisible("#my-ledger");

        assertThat(browser.text("#my-summary")).isEqualTo("您的未销号任务：1 项，其中逾期 1 项");
        assertThat(browser.text("#mine-overdue")).isEqualTo("1");
        List<WebElement> mine = browser.findAll("#my-ledger li.task");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).getAttribute("id")).isEqualTo("task-" + OVERDUE_TASK);
        assertThat(mine.get(0).getAttribute("data-light")).isEqualTo("RED");
        assertThat(mine.get(0).getText()).as("the light in words, not colour alone").contains("红灯：已逾期").contains("已逾期 3 天");
        WebElement myLedger = browser.find("#my-ledger");
        WebElement unitLedger = browser.find("#unit-ledger");
        assertThat(myLedger.getLocation().getY()).as("own tasks come first").isLessThan(unitLedger.getLocation().getY());
        assertThat(browser.findAll("#unit-ledger li.task")).as("the unit's other five tasks").hasSize(5);
        assertThat(browser.findAll("#unit-ledger form.close-out")).as("no form for other leaders' tasks").isEmpty();
        screenshot("mine");
    }

    @Test
    @Order(2)
    void attachingEvidenceFromThePageClosesTheTask() throws IOException {
        Path file = Files.createTempFile("消防演练记录", ".pdf");
        Files.writeString(file, "全年消防演练及隐患排查记录", StandardCharsets.UTF_8);
        Browser browser = browser().signIn(LEADER, PASSWORD).awaitVisible("#leader-home");
        browser.open("/ledger").awaitVisible("#my-ledger");
        assertThat(browser.find("#task-" + OVERDUE_TASK).getAttribute("data-closed")).isEqualTo("false");

        scrollTo(browser, "#task-" + OVERDUE_TASK);
        screenshot("before-choosing");
        // choosing the file sends it (the one button of the card opens the chooser, nothing else to press),
        // and the page then reloads itself: nothing on it is touched again until it has
        browser.find("#file-" + OVERDUE_TASK).sendKeys(file.toAbsolutePath().toString());

        // the page reloads itself once the ledger shows the task closed: elements come and go meanwhile
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() ->
                "true".equals(browser.find("#task-" + OVERDUE_TASK).getAttribute("data-closed")));
        WebElement task = browser.find("#task-" + OVERDUE_TASK);
        assertThat(task.getText()).contains("已销号").contains("逾期后销号").contains(file.getFileName().toString());
        assertThat(browser.text("#mine-overdue")).isEqualTo("0");
        assertThat(browser.text("#mine-closed")).isEqualTo("1");
        assertThat(browser.findAll("#my-ledger form.close-out")).isEmpty();
        screenshot("closed");

        JsonNode mine = system().http().get(LEADER, "/api/ledgers/mine").json();
        assertThat(mine.path("tasks").get(0).path("closed").asBoolean()).as("the API agrees").isTrue();
        assertThat(mine.path("tasks").get(0).path("closedBy").path("fileName").asText()).isEqualTo(file.getFileName().toString());
    }

    @Test
    void aRefusedUploadShowsTheProblemInThePagesLanguage() throws IOException {
        Path empty = Files.createTempFile("empty", ".pdf");
        Browser browser = browser().signIn("tangmiaohua", PASSWORD).awaitVisible("#leader-home");
        browser.open("/ledger?lang=en").awaitVisible("#my-ledger");

        browser.find("#file-task-ds-04").sendKeys(empty.toAbsolutePath().toString());

        browser.awaitVisible("#task-task-ds-04 [role=alert]");
        String shown = browser.text("#task-task-ds-04 [role=alert]");
        assertThat(shown).isNotBlank().doesNotContainPattern("\\p{IsHan}{2}");
        assertThat(browser.find("#task-task-ds-04").getAttribute("data-closed")).isEqualTo("false");
        screenshot("refused-en");
    }

    @Test
    void theOfficeSeesUnitsAndDepartmentsAndOpensOne() {
        Browser browser = browser().signIn("office", PASSWORD).awaitVisible("#admin-home");
        browser.find("#nav-ledger").click();
        browser.awaitVisible("#ledger-units");

        assertThat(browser.text("#ledger-units")).contains("东山侗族乡");
        assertThat(browser.text("#ledger-departments")).contains("财政所").contains("应急管理办");
        browser.find("#ledger-departments a[href*='department=']").click();
        browser.awaitVisible("#chosen-ledger");
        assertThat(browser.findAll("#chosen-ledger li.task")).isNotEmpty();

        browser.open("/ledger?unit=unit-dongshan").awaitVisible("#chosen-ledger");
        assertThat(browser.text("#chosen-heading")).contains("东山侗族乡");
        assertThat(browser.findAll("#chosen-ledger li.task")).hasSize(6);
        screenshot("unit");

        browser.find("#lang-en").click();
        browser.awaitVisible("#chosen-ledger");
        assertThat(browser.text("h1")).isEqualTo("Task ledger");
        assertThat(browser.text("#chosen-ledger")).contains("Closed out");
        screenshot("unit-en");
    }

    private static void scrollTo(Browser browser, String css) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", browser.find(css));
    }
}
