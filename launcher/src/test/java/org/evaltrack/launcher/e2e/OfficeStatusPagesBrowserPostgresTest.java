package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.evaltrack.launcher.e2e.Viewports.LAPTOP;
import static org.evaltrack.launcher.e2e.Viewports.PHONE;
import static org.evaltrack.launcher.e2e.Viewports.fitsItsWidth;
import static org.evaltrack.launcher.e2e.Viewports.sized;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The office's pages about the system itself, in place of the JSON links its home page used to have: how up to
 * date each read model is (position, lag, events set aside, stalls, rebuild) and the refused requests (who, when,
 * what, why), in words, in Chinese and English, on a laptop and a phone. Other roles get the application's 403 page.
 */
class OfficeStatusPagesBrowserPostgresTest extends BrowserTestBase {

    private static final String DONGSHAN_TRAIL = "/assessments/assessment-2019-dongshan/trail";

    OfficeStatusPagesBrowserPostgresTest(PostgresTestDatabase database) {
        super(database);
    }

    @BeforeAll
    void caughtUpWithMoreRefusalsThanOnePage() {
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            JsonNode all = system().http().get("office", "/api/projections").json();
            return all.size() > 0 && all.findValues("caughtUp").stream().allMatch(JsonNode::asBoolean);
        });
        for (int i = 0; i < 26; i++) {
            assertThat(system().http().get("dongshan", "/api/access-denials").status()).isEqualTo(403);
        }
        assertThat(system().http().get(null, "/api/access-denials").status()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {LAPTOP, PHONE})
    void theOfficeSeesHowUpToDateEachReadModelIsInWords(int width) {
        JsonNode status = system().http().get("office", "/api/projections/read-models").json();
        Browser browser = sized(browser(), width).signIn("office", PASSWORD).awaitVisible("#admin-home");
        assertThat(browser.findAll("#admin-home a[href*='/api/projections'], #admin-home a[href*='/api/access-denials']"))
                .as("no raw JSON links").isEmpty();

        browser.find("#home-read-models").click();
        browser.awaitVisible("#read-model-read-models");
        String model = "#read-model-read-models ";
        assertThat(browser.text("h1")).isEqualTo("数据更新状态");
        assertThat(browser.text(model + "h2")).isEqualTo("全部读模型（评分、台账、审计轨迹、报表）");
        assertThat(browser.text(model + ".state")).isEqualTo("已是最新：所有已记录的变更都已写入。");
        assertThat(browser.text(model + ".position")).isEqualTo("已处理到第 %s 个变更，最新的变更是第 %s 个。"
                .formatted(status.path("position").asLong(), status.path("headPosition").asLong()));
        assertThat(browser.text(model + ".lag")).isEqualTo("不落后");
        assertThat(browser.text(model + ".dead-letters")).isEqualTo("没有");
        assertThat(browser.text(model + ".stalls")).isEqualTo("没有");
        assertThat(browser.text(model + ".rebuild")).isEqualTo("未在重建");
        assertThat(browser.pageText()).doesNotContain("caughtUp", "headPosition", "deadLetters");
        fitsItsWidth(browser, "read-models");
        screenshot("zh");

        browser.find("#lang-en").click();
        browser.awaitPath("/setup/read-models?lang=en").awaitVisible("#read-model-read-models");
        assertThat(browser.text("h1")).isEqualTo("How up to date the figures are");
        assertThat(browser.text(model + ".state")).isEqualTo("Up to date: every recorded change has been written.");
        assertThat(browser.text(model + ".position")).startsWith("Has handled the changes up to number ");
        assertThat(browser.text(model + ".lag")).isEqualTo("Not behind");
        assertThat(browser.text(model + ".rebuild")).isEqualTo("Not rebuilding");
        assertThat(browser.text("main")).doesNotContainPattern("\\p{IsHan}");
        fitsItsWidth(browser, "read-models-en");
        screenshot("en");
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {LAPTOP, PHONE})
    void theOfficeSeesWhoWasRefusedWhatAndWhyNewestFirstAndPaged(int width) {
        // the refusal happens in this browser just before the office looks: it is on top of the list at once
        Browser browser = sized(browser(), width).signIn("changpuzi", PASSWORD).awaitVisible("#submitter-home");
        browser.open(DONGSHAN_TRAIL).awaitVisible("#refused");
        browser.open("/setup/refused-requests").awaitVisible("#error-title");
        assertThat(browser.text("#error-title")).as("the application's own 403 page").isEqualTo("您的账号无权打开此页面");
        browser.open("/setup/read-models").awaitVisible("#error-title");
        assertThat(browser.findAll(".read-model")).isEmpty();
        browser.find("#logout").click();
        browser.awaitPath("/login");

        browser.signIn("office", PASSWORD).awaitVisible("#admin-home");
        browser.find("#home-refused-requests").click();
        browser.awaitVisible(".refusal");
        assertThat(browser.text("h1")).isEqualTo("被拒绝的请求");
        long total = system().http().get("office", "/api/access-denials?size=1").json().path("total").asLong();
        assertThat(browser.text("#refused-count")).isEqualTo("共 %d 条，第 1 / %d 页".formatted(total, (total + 24) / 25));
        assertThat(browser.findAll(".refusal")).hasSize(25);
        String changpuzis = browser.findAll(".refusal").stream().map(e -> e.getText())
                .filter(text -> text.contains("打开页面 " + DONGSHAN_TRAIL)).findFirst().orElseThrow();
        assertThat(changpuzis).contains("账号 changpuzi（单位填报员）", "这属于其他单位，该账号只能查看和填报本单位的内容。")
                .containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        assertThat(browser.pageText()).doesNotContain("OTHER_UNIT", "FORBIDDEN", "UNAUTHENTICATED", "user-");
        fitsItsWidth(browser, "refused");
        screenshot("zh");

        browser.find("#refused-older").click();
        browser.awaitPath("/setup/refused-requests?page=1").awaitVisible("#refused-count");
        assertThat(browser.text("#refused-count")).startsWith("共 %d 条，第 2 / ".formatted(total));
        assertThat(browser.pageText()).contains("读取数据 /api/access-denials", "账号 dongshan（单位填报员）", "该账号的角色无权这样做。");
        assertThat(browser.findAll("#refused-newer")).hasSize(1);

        browser.open("/setup/refused-requests?lang=en&page=0").awaitVisible(".refusal");
        assertThat(browser.text("h1")).isEqualTo("Refused requests");
        assertThat(browser.pageText()).contains("Account changpuzi (unit submitter)", "Open the page " + DONGSHAN_TRAIL,
                "This belongs to another unit; the account may read and fill in its own unit only.");
        assertThat(browser.text("main")).doesNotContainPattern("\\p{IsHan}");
        fitsItsWidth(browser, "refused-en");
        screenshot("en");
    }
}
