package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The performance office's set-up pages on the demo case: a unit, its submitter's account and its
 * assessment are made from the page, a draft scheme is published, a ledger task is assigned to a leader
 * and handed to another; refusals of the command API (a taken user name, a blank name, an unchanged
 * assignment) show the API's reason in the page's language and change nothing.
 */
class SetupPagesBrowserPostgresTest extends BrowserTestBase {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DONGSHAN = "assessment-2019-dongshan";
    private static final List<String> DONGSHAN_LEADERS = List.of("tangmiaohua", "yangguohua", "yuanyongxin", "hedingchao",
            "houhuaiqiang", "shenzhonghua", "limaoqun", "huangling", "wangxixing");

    SetupPagesBrowserPostgresTest(PostgresTestDatabase database) {
        super(database);
    }

    @Test
    void theOfficeRegistersAUnitOpensItsSubmittersAccountAndItsAssessment() {
        Browser browser = browser().signIn("office", PASSWORD).awaitVisible("#admin-home");
        assertThat(browser.find("#nav-setup").getAttribute("href")).endsWith("/setup");
        browser.find("#home-setup").click();
        browser.awaitPath("/setup").awaitVisible("#unit-form");

        browser.find("#unit-name").sendKeys("设置页测试镇");
        new Select(browser.find("#unit-kind")).selectByValue("TOWNSHIP");
        send(browser, "#unit-submit");
        awaitDone(browser, "单位已登记。");
        WebElement unitRow = rowNamed(browser, "#unit-list tbody tr", "设置页测试镇");
        assertThat(unitRow.getText()).contains("乡镇");
        String unitId = unitRow.getAttribute("data-id");
        screenshot("unit");

        browser.find("#account-username").sendKeys("setup-submitter");
        browser.find("#account-password").sendKeys(PASSWORD);
        browser.find("#account-display-name").sendKeys("设置页填报员");
        new Select(browser.find("#account-role")).selectByValue("SUBMITTER");
        new Select(browser.find("#account-unit")).selectByValue(unitId);
        send(browser, "#account-submit");
        awaitDone(browser, "账号已开设。");
        WebElement accountRow = browser.find("#account-list tr[data-username='setup-submitter']");
        assertThat(accountRow.findElement(org.openqa.selenium.By.cssSelector(".role")).getText()).isEqualTo("单位填报员");
        assertThat(accountRow.findElement(org.openqa.selenium.By.cssSelector(".unit")).getText()).isEqualTo("设置页测试镇");
        screenshot("account");

        new Select(browser.find("#assessment-scheme")).selectByValue("scheme-2019-suining");
        new Select(browser.find("#assessment-unit")).selectByValue(unitId);
        send(browser, "#assessment-submit");
        awaitDone(browser, "考核已开启。");
        WebElement assessmentRow = rowNamed(browser, "#assessment-list tbody tr", "设置页测试镇");
        assertThat(assessmentRow.getText()).contains("填报中");
        String assessmentId = assessmentRow.getAttribute("data-id");
        scrollTo(browser, assessmentRow);
        screenshot("assessment");

        // the account signs in with the password the office gave, and its unit's assessment is its own
        HttpApi.Answer totals = system().http().get("setup-submitter", "/api/assessments/" + assessmentId + "/totals");
        assertThat(totals.status()).as(totals.toString()).isEqualTo(200);
        assertThat(totals.json().path("unitName").asText()).isEqualTo("设置页测试镇");
        assertThat(totals.json().path("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void theOfficePublishesADraftSchemeAndMayThenOpenAssessmentsUnderIt() {
        HttpApi api = system().http();
        HttpApi.Download template = api.download("office", "/api/imports/scheme-template.xlsx");
        assertThat(template.status()).as(template.toString()).isEqualTo(200);
        HttpApi.Answer imported = api.upload("office", "/api/imports/schemes", "draft.xlsx", XLSX,
                SchemeWorkbooks.small(template.body(), 2021, "设置页草稿方案").bytes(), Map.of());
        assertThat(imported.status()).as(imported.toString()).isEqualTo(201);
        String schemeId = imported.id();
        assertThat(imported.json().path("published").asBoolean()).isFalse();

        Browser browser = browser().signIn("office", PASSWORD).awaitVisible("#admin-home");
        await(browser, () -> !browser.open("/setup").findAll("#scheme-" + schemeId).isEmpty());
        String row = "#scheme-" + schemeId;
        assertThat(browser.text(row + " .state")).isEqualTo("草稿（未发布）");
        assertThat(options(browser, "#assessment-scheme")).as("a draft is not offered").doesNotContain(schemeId);
        assertThat(browser.find("#scheme-import-link").getAttribute("href")).endsWith("/imports");
        scrollTo(browser, browser.find(row));
        screenshot("draft");

        send(browser, row + " button.publish");
        awaitDone(browser, "方案已发布。");
        assertThat(browser.text(row + " .state")).isEqualTo("已发布");
        assertThat(browser.findAll(row + " button.publish")).isEmpty();
        assertThat(options(browser, "#assessment-scheme")).contains(schemeId);
        scrollTo(browser, browser.find(row));
        screenshot("published");

        // the command side agrees: a second publication is refused, an assessment under it is opened
        assertThat(api.post("office", "/api/schemes/" + schemeId + "/publication", null).status()).isGreaterThanOrEqualTo(400);
        assertThat(api.post("office", "/api/assessments", """
                {"schemeId": "%s", "unitId": "unit-dongshan"}""".formatted(schemeId)).status()).isEqualTo(201);
    }

    @Test
    void theOfficeAssignsALedgerTaskToALeaderAndHandsItToAnother() {
        HttpApi.Answer otherLeader = system().http().post("office", "/api/accounts", """
                {"username": "setup-cp-leader", "password": "%s", "displayName": "长铺子领导", "role": "LEADER", "unitId": "unit-changpuzi"}"""
                .formatted(PASSWORD));
        assertThat(otherLeader.status()).as(otherLeader.toString()).isEqualTo(201);
        Browser browser = browser().signIn("office", PASSWORD).awaitVisible("#admin-home");
        browser.open("/setup").awaitVisible("#assessment-list");
        browser.find("#assessment-list tr[data-id='" + DONGSHAN + "'] a.tasks-link").click();
        browser.awaitPath("/setup/tasks").awaitVisible("#assign-form");
        int before = browser.findAll("#task-list tbody tr").size();
        assertThat(before).as("the demo's tasks").isEqualTo(6);
        // the unit's own leaders only: a leader closes tasks of their own unit
        assertThat(new Select(browser.find("#task-leader")).getOptions()).extracting(WebElement::getText)
                .hasSize(DONGSHAN_LEADERS.size())
                .allSatisfy(text -> assertThat(DONGSHAN_LEADERS).anySatisfy(name -> assertThat(text).endsWith("(" + name + ")")))
                .noneSatisfy(text -> assertThat(text).contains("setup-cp-leader"));

        LocalDate due = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20);
        new Select(browser.find("#task-indicator")).selectByValue("1.1.1");
        browser.find("#task-title").sendKeys("精准脱贫：设置页分解的任务");
        browser.find("#task-required-item").sendKeys("入户走访记录");
        selectOptionContaining(browser, "#task-leader", "(hedingchao)");
        browser.find("#task-department").sendKeys("扶贫办");
        ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('task-due').value = arguments[0];", due.toString());
        send(browser, "#assign-submit");
        awaitDone(browser, "任务已分解。");
        assertThat(browser.findAll("#task-list tbody tr")).hasSize(before + 1);
        WebElement task = rowNamed(browser, "#task-list tbody tr", "精准脱贫：设置页分解的任务");
        String taskId = task.getAttribute("data-id");
        assertThat(task.getText()).contains("何定超", "扶贫办", due.toString(), "未销号");
        scrollTo(browser, task);
        screenshot("assigned");

        JsonNode ledger = system().http().get("hedingchao", "/api/ledgers/mine").json();
        assertThat(ledger.path("tasks").findValuesAsText("taskId")).as("the leader has it").contains(taskId);

        // the same leader and department again: refused with the API's words, nothing changes
        browser.find("#reassign-open-" + taskId).click();
        browser.find("#reassign-reason-" + taskId).sendKeys("重复分配");
        browser.find("#reassign-" + taskId).click();
        WebElement message = browser.find("#task-" + taskId + " [role=alert]");
        await(browser, () -> !message.getText().isBlank());
        assertThat(message.getText()).startsWith("该任务已分配给此领导和部门。");
        scrollTo(browser, message);
        screenshot("same-assignment");

        selectOptionContaining(browser, "#reassign-leader-" + taskId, "(tangmiaohua)");
        browser.find("#reassign-reason-" + taskId).clear();
        browser.find("#reassign-reason-" + taskId).sendKeys("分工调整");
        send(browser, "#reassign-" + taskId);
        awaitDone(browser, "任务责任人已调整。");
        assertThat(browser.text("#task-" + taskId + " .leader")).isEqualTo("唐淼华（组长）");
        screenshot("reassigned");
        assertThat(system().http().get("tangmiaohua", "/api/ledgers/mine").json().path("tasks").findValuesAsText("taskId"))
                .contains(taskId);
    }

    @Test
    void refusalsShowTheApisReasonInThePagesLanguageAndStoreNothing() {
        Browser browser = browser().signIn("office", PASSWORD).awaitVisible("#admin-home");
        browser.open("/setup").awaitVisible("#account-form");
        int accounts = browser.findAll("#account-list tbody tr").size();
        int units = browser.findAll("#unit-list tbody tr").size();

        // a user name that is taken
        browser.find("#account-username").sendKeys("dongshan");
        browser.find("#account-password").sendKeys(PASSWORD);
        browser.find("#account-display-name").sendKeys("冒名者");
        new Select(browser.find("#account-role")).selectByValue("REVIEWER");
        browser.find("#account-submit").click();
        WebElement taken = browser.find("#account-form [role=alert]");
        await(browser, () -> !taken.getText().isBlank());
        assertThat(taken.getText()).startsWith("该编号或名称已被使用。");
        scrollTo(browser, taken);
        screenshot("username-taken");

        // an empty name: the form itself asks for one and sends nothing
        browser.find("#unit-submit").click();
        assertThat(browser.find("#unit-name").getAttribute("validationMessage")).isNotBlank();
        // a name of blanks passes the browser's check; the page says what to fill in, in plain words, and sends nothing
        browser.find("#unit-name").sendKeys("   ");
        browser.find("#unit-submit").click();
        WebElement blank = browser.find("#unit-form [role=alert]");
        await(browser, () -> !blank.getText().isBlank());
        assertThat(blank.getText()).isEqualTo("请填写“" + browser.find("label[for=unit-name]").getText().trim() + "”。");
        screenshot("blank-name");

        browser.open("/setup").awaitVisible("#account-form");
        assertThat(browser.findAll("#account-list tbody tr")).hasSize(accounts);
        assertThat(browser.findAll("#account-list tr[data-username='dongshan'] .role").get(0).getText()).isEqualTo("单位填报员");
        assertThat(browser.findAll("#unit-list tbody tr")).hasSize(units);

        // in English once the reader switches
        browser.find("#lang-en").click();
        browser.awaitVisible("#unit-form");
        assertThat(browser.text("h1")).isEqualTo("Office set-up");
        browser.find("#unit-name").sendKeys("   ");
        browser.find("#unit-submit").click();
        WebElement english = browser.find("#unit-form [role=alert]");
        await(browser, () -> !english.getText().isBlank());
        assertThat(english.getText()).isEqualTo("Please fill in “" + browser.find("label[for=unit-name]").getText().trim() + "”.")
                .doesNotContainPattern("\\p{IsHan}");
        screenshot("blank-name-en");
        assertThat(browser.open("/setup").findAll("#unit-list tbody tr")).hasSize(units);
    }

    private static void awaitDone(Browser browser, String text) {
        // the page before the change may still show the previous change's confirmation: wait for the new one
        await(browser, () -> Boolean.TRUE.equals(((JavascriptExecutor) browser.driver()).executeScript("return window.sent === undefined"))
                && !browser.findAll("#done").isEmpty());
        assertThat(browser.text("#done")).isEqualTo(text);
        assertThat(browser.find("#done").getAttribute("data-shown")).as("the list already shows the change").isEqualTo("true");
    }

    /** Clicks a set-up form's button, marking the page so the wait that follows knows the reload came. */
    private static void send(Browser browser, String button) {
        ((JavascriptExecutor) browser.driver()).executeScript("window.sent = true;");
        browser.find(button).click();
    }

    private static WebElement rowNamed(Browser browser, String rows, String text) {
        return browser.findAll(rows).stream().filter(row -> row.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + text + " in " + rows));
    }

    private static List<String> options(Browser browser, String select) {
        return new Select(browser.find(select)).getOptions().stream().map(o -> o.getAttribute("value")).toList();
    }

    private static void selectOptionContaining(Browser browser, String select, String text) {
        Select choice = new Select(browser.find(select));
        WebElement option = choice.getOptions().stream().filter(o -> o.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no option with " + text + " in " + select));
        choice.selectByValue(option.getAttribute("value"));
    }

    private static void scrollTo(Browser browser, WebElement element) {
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    private static void await(Browser browser, BooleanSupplier condition) {
        // a reload may replace an element between finding it and reading it
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }
}
