package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The office's dashboard on the demo case: the ranking table equals the ranking API, the ECharts chart
 * (local webjar) draws on its canvas, the discrepancies are in the reader's language, overdue tasks are
 * listed by leader.
 */
class DashboardPageBrowserPostgresTest extends BrowserTestBase {

    private static final String RANKING = "/api/schemes/scheme-2019-suining/ranking";
    private static final String DISCREPANCIES = "/api/schemes/scheme-2019-suining/discrepancies";

    DashboardPageBrowserPostgresTest(PostgresTestDatabase database) {
        super(database);
    }

    @BeforeAll
    void readModelsAreBuilt() {
        HttpApi api = system().http();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            HttpApi.Answer ranking = api.get("reviewer", RANKING);
            HttpApi.Answer ledger = api.get("reviewer", "/api/units/unit-dongshan/ledger");
            return ranking.status() == 200 && ranking.json().path("rows").size() == 2
                    && ranking.json().path("rows").get(0).path("total").decimalValue().signum() > 0
                    && ledger.status() == 200 && ledger.json().path("tasks").size() == 6;
        });
    }

    @Test
    void theRankingTableIsTheRankingApisAnswer() {
        JsonNode api = system().http().get("reviewer", RANKING).json();
        Browser browser = browser().signIn("office", PASSWORD).awaitVisible("#admin-home");
        browser.find("#nav-dashboard").click();
        browser.awaitVisible("#ranking-table");

        List<WebElement> rows = browser.findAll("#ranking-table tr.ranking-row");
        assertThat(rows).hasSize(api.path("rows").size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode expected = api.path("rows").get(i);
            WebElement row = rows.get(i);
            assertThat(row.getAttribute("data-unit")).isEqualTo(expected.path("unitId").asText());
            assertThat(row.findElement(By.cssSelector("th")).getText()).isEqualTo(expected.path("unitName").asText());
            assertThat(row.findElement(By.cssSelector(".total")).getText()).isEqualTo(expected.path("total").decimalValue().toPlainString());
            assertThat(row.findElement(By.cssSelector(".rank")).getText())
                    .isEqualTo(expected.path("rank").isNull() ? "不排名" : expected.path("rank").asText());
        }
        screenshot("ranking");
    }

    @Test
    void theChartIsDrawnFromTheLocalWebjar() {
        Browser browser = browser().signIn("reviewer", PASSWORD).awaitVisible("#reviewer-home");
        browser.open("/dashboard").awaitVisible("#category-chart");

        await().atMost(Duration.ofSeconds(15)).until(() -> "true".equals(browser.find("#category-chart").getAttribute("data-drawn")));
        WebElement canvas = browser.find("#category-chart canvas");
        assertThat(canvas.getSize().getWidth()).isGreaterThan(300);
        assertThat(canvas.getSize().getHeight()).isGreaterThan(200);
        Object painted = ((JavascriptExecutor) browser.driver()).executeScript(
                "var c = arguments[0], d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, n = 0;"
                        + "for (var i = 3; i < d.length; i += 4) { if (d[i] !== 0) { n++; } } return n;", canvas);
        assertThat(((Number) painted).longValue()).as("pixels painted on the canvas").isGreaterThan(1000);
        @SuppressWarnings("unchecked")
        List<String> scripts = (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(
                "return Array.from(document.scripts).filter(s => s.src).map(s => s.src);");
        String origin = "http://127.0.0.1:" + system().port() + "/";
        assertThat(scripts).as("ECharts from the application itself, nothing from elsewhere")
                .anySatisfy(src -> assertThat(src).startsWith(origin + "webjars/echarts/").endsWith("/dist/echarts.min.js"))
                .allSatisfy(src -> assertThat(src).startsWith(origin));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", canvas);
        screenshot("chart");
    }

    @Test
    void discrepanciesAreInTheReadersLanguageAndOverdueTasksByLeader() {
        JsonNode api = system().http().get("reviewer", DISCREPANCIES).json();
        List<String> chinese = new ArrayList<>();
        List<String> english = new ArrayList<>();
        api.path("schemeDiscrepancies").forEach(d -> {
            chinese.add(d.path("message").path("zh-CN").asText());
            english.add(d.path("message").path("en").asText());
        });
        api.path("units").forEach(unit -> unit.path("discrepancies").forEach(d -> {
            chinese.add(d.path("message").path("zh-CN").asText());
            english.add(d.path("message").path("en").asText());
        }));
        assertThat(chinese).isNotEmpty();

        Browser browser = browser().signIn("reviewer", PASSWORD).awaitVisible("#reviewer-home");
        browser.open("/dashboard").awaitVisible("#discrepancies");
        assertThat(browser.findAll("#discrepancies tr.discrepancy td:last-child")).extracting(WebElement::getText)
                .containsExactlyElementsOf(chinese);
        assertThat(browser.text("#overdue")).contains("何定超").contains("消防演练与隐患排查").contains("红灯");
        screenshot("discrepancies-zh");

        browser.find("#lang-en").click();
        browser.awaitVisible("#discrepancies");
        assertThat(browser.text("h1")).isEqualTo("Dashboard");
        assertThat(browser.findAll("#discrepancies tr.discrepancy td:last-child")).extracting(WebElement::getText)
                .containsExactlyElementsOf(english);
        assertThat(browser.text("#overdue")).contains("Red: overdue");
        screenshot("discrepancies-en");
    }
}
