package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The set-up pages, the scorecard's bonus list and evidence withdrawal, and the review console's evidence
 * and veto sections speak the reader's language: with {@code ?lang=en} none of the page's own words
 * (headings, labels, buttons, captions, column headers, states, hints, the scripts' messages) is Chinese,
 * with {@code ?lang=zh-CN} they are. The demo case's data (unit names, veto conditions, reasons typed in
 * Chinese) stays as written and is left out of the check.
 */
class NewPagesInEnglishBrowserPostgresTest extends BrowserTestBase {

    private static final String DONGSHAN = "assessment-2019-dongshan";
    private static final String CHANGPUZI = "assessment-2019-changpuzi";
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final String WITHDRAWAL_REASON = "重复上传";
    private static final String VETO_REASON = "台账多项拖延未办";
    private static final String REJECTION_REASON = "摘录未加盖公章";
    private static final String SCHEME = "scheme-2019-suining";

    /**
     * Everything under the roots that is the page's own wording: elements of these kinds, texts of selects whose
     * options are the page's (not data), and the attributes a reader or a script gets words from. Row headers
     * and cells are data and left out, except the states and messages the page itself words.
     */
    private static final String OWN_TEXTS = """
            const roots = arguments[0].flatMap(css => Array.from(document.querySelectorAll(css)));
            const own = 'h1, h2, h3:not(.file), h4, caption, thead th, label, legend, button, summary, p.note, p.none, '
                + 'small:not(.decision), strong, .evidence-item > p > span, .state, .duplicate, .accepted, .warning, #done, a, '
                + '#captured-zone option, #unit-kind option, #account-role option, #bonus-level option';
            const data = 'tbody th[scope=row] > span, tbody th[scope=row] > small, .file, .narrative, .reason, .decision, '
                + 'td.leader, td.department, td.unit';
            const out = [];
            const seen = new Set();
            roots.forEach(root => {
                const elements = [root, ...root.querySelectorAll('*')];
                elements.forEach(el => {
                    if (seen.has(el)) { return; }
                    seen.add(el);
                    const where = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().replace(/\\s+/g, '.') : '');
                    if (el.matches(own) && !el.matches(data) && !el.closest('template')) {
                        // the element's words without those of data it holds (a file name inside a heading, say)
                        const copy = el.cloneNode(true);
                        copy.querySelectorAll(data).forEach(d => d.remove());
                        const text = copy.textContent.replace(/\\s+/g, ' ').trim();
                        if (text) { out.push(where + ' | ' + text); }
                    }
                    ['aria-label', 'title', 'placeholder'].concat(el.getAttributeNames().filter(n => n.startsWith('data-')))
                        .forEach(name => {
                            const value = el.getAttribute(name);
                            if (value && /[A-Za-z\\u3400-\\u9fff]/.test(value)) { out.push(where + '[' + name + '] | ' + value); }
                        });
                });
            });
            return out;
            """;

    NewPagesInEnglishBrowserPostgresTest(PostgresTestDatabase database) {
        super(database);
    }

    @Test
    void theSetUpPagesAreWordedInTheReadersLanguage() {
        Browser browser = browser().signIn("office", PASSWORD).awaitVisible("#main");

        browser.open("/setup?done=unit&shown=unit-dongshan&lang=en").awaitVisible("#done");
        assertThat(browser.text("#done")).isNotBlank();
        assertEnglish(browser, "setup", List.of("main"));
        browser.open("/setup?done=unit&shown=unit-dongshan&lang=zh-CN").awaitVisible("#done");
        assertThat(browser.text("#done")).containsPattern(HAN);
        assertChinese(browser, "setup", List.of("main"));

        browser.open("/setup/tasks?assessment=" + DONGSHAN + "&lang=en").awaitVisible("#task-list");
        assertEnglish(browser, "tasks", List.of("main"));
        browser.open("/setup/tasks?assessment=" + DONGSHAN + "&lang=zh-CN").awaitVisible("#task-list");
        assertChinese(browser, "tasks", List.of("main"));
    }

    @Test
    void theScorecardsBonusListAndEvidenceWithdrawalAreWordedInTheReadersLanguage() {
        open(CHANGPUZI);
        HttpApi.Answer claimed = system().http().post("changpuzi", "/api/assessments/" + CHANGPUZI + "/bonus-claims", """
                {"level": "MUNICIPAL_COMMENDATION", "title": "市级先进单位", "source": "邵阳市人民政府", "awardedOn": "2019-12-20"}""");
        assertThat(claimed.status()).as(claimed.toString()).isIn(200, 201);
        String kept = upload("保留的佐证.txt");
        String withdrawn = upload("撤回的佐证.txt");
        HttpApi.Answer withdrawal = system().http().post("changpuzi", "/api/assessments/" + CHANGPUZI + "/evidence/" + withdrawn
                + "/withdrawal", "{\"reason\":\"" + WITHDRAWAL_REASON + "\"}");
        assertThat(withdrawal.status()).as(withdrawal.toString()).isEqualTo(200);

        Browser browser = browser().signIn("changpuzi", PASSWORD).awaitVisible("#submitter-home");
        String keptItem = "#evidence-item-1\\.1\\.1-" + kept;
        String withdrawnItem = "#evidence-item-1\\.1\\.1-" + withdrawn;
        await(browser, () -> {
            browser.open("/assessments/" + CHANGPUZI + "?lang=en").awaitVisible("#bonus-claims");
            return !browser.findAll(keptItem + " form.withdraw-form").isEmpty() && browser.findAll(withdrawnItem + " form").isEmpty()
                    && !browser.findAll("#bonus-claims-table tbody tr").isEmpty();
        });
        List<String> parts = List.of("#bonus-claims", "#bonus-claim", keptItem, withdrawnItem, "#upload", "#done");
        String done = "/assessments/" + CHANGPUZI + "?done=withdrawn&evidence=" + withdrawn;
        browser.open(done + "&lang=en").awaitVisible("#done");
        assertThat(browser.text(withdrawnItem)).contains("withdrawn");
        assertEnglish(browser, "scorecard", parts);

        browser.open(done + "&lang=zh-CN").awaitVisible("#done");
        assertThat(browser.text(withdrawnItem)).contains("已撤回");
        assertChinese(browser, "scorecard", parts);
    }

    @Test
    void theReviewConsolesEvidenceAndVetoSectionsAreWordedInTheReadersLanguage() {
        String late = lateEvidenceWithACaptureTime();
        HttpApi.Answer rejected = system().http().post("reviewer", "/api/assessments/" + DONGSHAN + "/evidence/evidence-ds-04/rejection",
                "{\"reason\":\"" + REJECTION_REASON + "\"}");
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(200);
        HttpApi.Answer vetoed = system().http().post("reviewer", "/api/assessments/" + DONGSHAN + "/vetoes",
                "{\"conditionCode\":\"VETO-NEGLECT\",\"reason\":\"" + VETO_REASON + "\"}");
        assertThat(vetoed.status()).as(vetoed.toString()).isEqualTo(200);
        try {
            Browser browser = browser().signIn("reviewer", PASSWORD).awaitVisible("#reviewer-home");
            await(browser, () -> {
                browser.open("/review/" + DONGSHAN + "?lang=en").awaitVisible("#veto");
                return !browser.findAll("#veto-VETO-NEGLECT").isEmpty() && !browser.findAll("#capture-accept-" + late).isEmpty()
                        && browser.findAll("#review-evidence-evidence-ds-04 form").isEmpty();
            });
            List<String> parts = List.of("#review-evidence", "#veto");
            assertThat(browser.findAll("#review-evidence form.evidence-reject")).isNotEmpty();
            assertThat(browser.text("#review-evidence-" + late)).contains("late");
            assertEnglish(browser, "console", parts);

            browser.open("/review/" + DONGSHAN + "?lang=zh-CN").awaitVisible("#veto-VETO-NEGLECT");
            assertChinese(browser, "console", parts);
        } finally {
            HttpApi.Answer lifted = system().http().post("reviewer", "/api/assessments/" + DONGSHAN + "/vetoes/VETO-NEGLECT/lifting",
                    "{\"reason\":\"检查结束\"}");
            assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
        }
    }

    private void assertEnglish(Browser browser, String step, List<String> roots) {
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        List<String> texts = ownTexts(browser, roots);
        assertThat(texts).as("the page's own words were found").hasSizeGreaterThan(5);
        Set<String> data = dataValues();
        List<String> chinese = new ArrayList<>();
        for (String line : texts) {
            String words = line.substring(line.indexOf(" | ") + 3);
            for (String value : data) {
                words = words.replace(value, "");
            }
            if (HAN.matcher(words).find()) {
                chinese.add(line);
            }
        }
        screenshot(step + "-en");
        assertThat(chinese).as("Chinese words on the English page").isEmpty();
    }

    private void assertChinese(Browser browser, String step, List<String> roots) {
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("zh-CN");
        List<String> texts = ownTexts(browser, roots);
        List<String> headings = texts.stream()
                .filter(t -> t.startsWith("h2") || t.startsWith("caption") || t.startsWith("button") || t.startsWith("label"))
                .toList();
        assertThat(headings).as("headings, captions, buttons and labels").isNotEmpty();
        assertThat(headings).as("all in Chinese").allMatch(t -> HAN.matcher(t.substring(t.indexOf(" | ") + 3)).find());
        screenshot(step + "-zh");
    }

    @SuppressWarnings("unchecked")
    private static List<String> ownTexts(Browser browser, List<String> roots) {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(OWN_TEXTS, roots);
    }

    /** The demo case's Chinese data that pages embed in their own sentences, longest first so parts go last. */
    private Set<String> dataValues() {
        List<String> values = new ArrayList<>(List.of(WITHDRAWAL_REASON, VETO_REASON, REJECTION_REASON));
        for (String assessment : List.of(DONGSHAN, CHANGPUZI)) {
            JsonNode totals = system().http().get("office", "/api/assessments/" + assessment + "/totals").json();
            values.add(totals.path("unitName").asText());
            totals.path("vetoes").forEach(v -> values.add(v.path("name").asText()));
        }
        values.removeIf(String::isBlank);
        values.sort(Comparator.comparingInt(String::length).reversed());
        return new LinkedHashSet<>(values);
    }

    /** Evidence that arrived after the evidence deadline with an earlier capture time: the console offers to accept it. */
    private String lateEvidenceWithACaptureTime() {
        Instant now = Instant.now();
        // the evidence deadline is put in the past only while the late file arrives
        reviseDeadlines(now.minus(Duration.ofDays(2)), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(90)), "演示：材料截止");
        try {
            HttpApi.Answer uploaded = system().http().upload("dongshan", "/api/assessments/" + DONGSHAN + "/evidence", "补传的照片.txt",
                    "text/plain", "佐证：补传的照片".getBytes(StandardCharsets.UTF_8), Map.of("indicatorCodes", List.of("1.1.1"),
                            "capturedAt", List.of(now.minus(Duration.ofDays(3)).toString())));
            assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
            return uploaded.id();
        } finally {
            reviseDeadlines(now.plus(Duration.ofDays(30)), now.plus(Duration.ofDays(45)), now.plus(Duration.ofDays(90)), "恢复时间节点");
        }
    }

    private void reviseDeadlines(Instant claimsDue, Instant evidenceDue, Instant reviewDue, String reason) {
        HttpApi.Answer revised = system().http().post("office", "/api/schemes/" + SCHEME + "/deadline-revisions", """
                {"deadlines": {"claimsDue": "%s", "evidenceDue": "%s", "reviewDue": "%s"}, "reason": "%s"}"""
                .formatted(claimsDue, evidenceDue, reviewDue, reason));
        assertThat(revised.status()).as(revised.toString()).isEqualTo(200);
    }

    /** Reopens the assessment for claims when it is not open. */
    private void open(String assessment) {
        if (!"OPEN".equals(status(assessment))) {
            HttpApi.Answer reopened = system().http().post("office", "/api/assessments/" + assessment + "/reopening",
                    "{\"reason\":\"补充材料\"}");
            assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
            awaitApi(() -> "OPEN".equals(status(assessment)));
        }
    }

    private String status(String assessment) {
        return system().http().get("office", "/api/assessments/" + assessment + "/totals").json().path("status").asText();
    }

    private String upload(String fileName) {
        HttpApi.Answer uploaded = system().http().upload("changpuzi", "/api/assessments/" + CHANGPUZI + "/evidence", fileName,
                "text/plain", ("佐证：" + fileName).getBytes(StandardCharsets.UTF_8), Map.of("indicatorCodes", List.of("1.1.1")));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        return uploaded.id();
    }

    private static void await(Browser browser, BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    private static void awaitApi(BooleanSupplier condition) {
        org.awaitility.Awaitility.await("the read side caught up in time").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100)).until(condition::getAsBoolean);
    }
}
