package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.evaltrack.launcher.e2e.Viewports.LAPTOP;
import static org.evaltrack.launcher.e2e.Viewports.PHONE;
import static org.evaltrack.launcher.e2e.Viewports.fitsItsWidth;
import static org.evaltrack.launcher.e2e.Viewports.sized;
import static org.evaltrack.launcher.e2e.Viewports.widthOf;
import static org.evaltrack.launcher.e2e.Viewports.withinWidth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The ledger held in one hand (390 px) and on a laptop (1366 px): one card per task with its light in words, its
 * due date and one large "选择文件并销号" button, nothing to scroll sideways; the leader's home page links
 * each open task straight to its card; choosing the file closes the task and the card says so at once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LedgerOnAPhoneBrowserPostgresTest extends BrowserTestBase {

    private static final String ON_TRACK = "task-ds-04";   // tangmiaohua's, due in 20 days
    private static final String OVERDUE = "task-ds-03";    // hedingchao's, due three days before the load

    LedgerOnAPhoneBrowserPostgresTest(PostgresTestDatabase database) {
        super(database);
    }

    @BeforeAll
    void ledgersAreBuilt() {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            HttpApi.Answer unit = system().http().get("reviewer", "/api/units/unit-dongshan/ledger");
            return unit.status() == 200 && unit.json().path("tasks").size() == 6;
        });
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {LAPTOP, PHONE})
    @Order(1)
    void fromTheHomePageStraightToTheTasksCard(int width) {
        String due = system().http().get("tangmiaohua", "/api/ledgers/mine").json().path("tasks").get(0).path("dueDate").asText();
        Browser browser = sized(browser(), width).signIn("tangmiaohua", PASSWORD).awaitVisible("#leader-home");
        fitsItsWidth(browser, "home");
        assertThat(browser.text("#leader-home .home-task")).contains("全面从严治党：巡察整改", "期限", due);

        browser.find("#leader-home a[href$='#task-" + ON_TRACK + "']").click();
        browser.awaitVisible("#task-" + ON_TRACK);
        assertThat(browser.path()).isEqualTo("/ledger#task-" + ON_TRACK);
        assertThat(onScreen(browser, "#task-" + ON_TRACK)).as("the address's card is scrolled into view").isTrue();
        fitsItsWidth(browser, "ledger");

        String card = browser.text("#task-" + ON_TRACK);
        assertThat(card).contains("绿灯：进度正常", "完成期限", due, "需提供：巡察问题整改验收材料", "唐淼华（组长）")
                .containsPattern("还剩 \\d+ 天");
        assertThat(browser.text("#task-" + ON_TRACK + " .task-title")).isEqualTo("全面从严治党：巡察整改");
        assertThat(lines(browser, "#task-" + ON_TRACK + " .task-title")).as("the title on one line, not two characters a line")
                .isEqualTo(1);
        assertThat(browser.text("#close-" + ON_TRACK)).isEqualTo("选择文件并销号");
        assertThat(withinWidth(browser, "#close-" + ON_TRACK)).as("the button is on screen, not off to the right").isTrue();
        assertThat(widthOf(browser, "#close-" + ON_TRACK)).as("a large button").isGreaterThanOrEqualTo(250);
        assertThat(browser.find("#close-" + ON_TRACK).getSize().getHeight()).isGreaterThanOrEqualTo(48);
        screenshot("zh");

        browser.open("/ledger?lang=en#task-" + ON_TRACK).awaitVisible("#task-" + ON_TRACK);
        fitsItsWidth(browser, "ledger-en");
        assertThat(browser.text("#task-" + ON_TRACK)).contains("Green: on track", "Due date", due).containsPattern("\\d+ days left");
        assertThat(browser.text("#close-" + ON_TRACK)).isEqualTo("Choose file and close out");
        screenshot("en");
    }

    @Test
    @Order(2)
    void onAPhoneChoosingTheFileClosesTheTaskAndItsCardSaysSoAtOnce() throws IOException {
        Path file = Files.createTempFile("消防演练记录", ".pdf");
        Files.writeString(file, "全年消防演练及隐患排查记录", StandardCharsets.UTF_8);
        Browser browser = sized(browser(), PHONE).signIn("hedingchao", PASSWORD).awaitVisible("#leader-home");
        browser.find("#leader-home a[href$='#task-" + OVERDUE + "']").click();
        browser.awaitVisible("#close-" + OVERDUE);
        assertThat(browser.text("#task-" + OVERDUE)).contains("红灯：已逾期", "已逾期 3 天");
        screenshot("open");

        browser.find("#file-" + OVERDUE).sendKeys(file.toAbsolutePath().toString());

        // the page loads itself at the upload's position, answered once the ledger holds the close-out
        await().atMost(Duration.ofSeconds(20)).ignoreExceptions().until(() ->
                "true".equals(browser.find("#task-" + OVERDUE).getAttribute("data-closed")));
        assertThat(browser.text("#task-" + OVERDUE)).contains("已销号", "逾期后销号", "销号材料：" + file.getFileName());
        assertThat(browser.findAll("#close-" + OVERDUE)).as("nothing left to close").isEmpty();
        assertThat(browser.text("#mine-overdue")).isEqualTo("0");
        fitsItsWidth(browser, "closed");
        screenshot("closed");

        browser.open("/?lang=en").awaitVisible("#leader-home");
        assertThat(browser.text("#leader-home")).contains("No open tasks.");
        browser.open("/ledger?lang=en").awaitVisible("#task-" + OVERDUE);
        assertThat(browser.text("#task-" + OVERDUE)).contains("Closed out", "after the due date");
        fitsItsWidth(browser, "closed-en");
    }

    @Test
    @Order(3)
    void theOfficesLedgerFitsAPhoneToo() {
        Browser browser = sized(browser(), PHONE).signIn("office", PASSWORD).awaitVisible("#admin-home");
        browser.open("/ledger?unit=unit-dongshan").awaitVisible("#chosen-ledger");
        assertThat(browser.findAll("#chosen-ledger li.task")).hasSize(6);
        fitsItsWidth(browser, "office");
        screenshot("office");
    }

    private static boolean onScreen(Browser browser, String css) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript("""
                const r = document.querySelector(arguments[0]).getBoundingClientRect();
                return r.top >= 0 && r.top < window.innerHeight;""", css));
    }

    /** How many lines a block of text takes: its height over its line height. */
    private static long lines(Browser browser, String css) {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript("""
                const e = document.querySelector(arguments[0]);
                return Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight));""", css)).longValue();
    }
}
