package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.evaltrack.query.documents.CjkFont;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents out, over HTTP on PostgreSQL with the reference case: the unit writes its report's
 * free-text sections, then every generated file (report DOCX and PDF, ranking, scorecard, trail and
 * ledger XLSX) is downloaded, opened with POI or PDFBox, and its numbers compared with the JSON API
 * that answers the same question. The files are kept under target/documents/ for people to look at.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DocumentsOverHttpPostgresTest {

    private static final String ID = "assessment-2019-dongshan";
    private static final String ASSESSMENT = "/api/assessments/" + ID;
    private static final String SCHEME = "/api/schemes/scheme-2019-suining";
    private static final String MEASURES = "（一）加强领导。成立专项工作领导小组，由组长牵头。\n（二）压实责任。任务分解到责任领导。";
    private static final String PROBLEMS = "1.存在问题。工作人员少，佐证材料上传滞后。";
    private static final Path KEEP = Path.of("target", "documents");
    private static final String PROBLEM_JSON = "application/problem+json";

    private final RunningSystem system;
    private HttpApi api;
    private JsonNode totals;

    DocumentsOverHttpPostgresTest(PostgresTestDatabase database, @TempDir Path blobs) {
        this.system = new RunningSystem(database, blobs);
    }

    @BeforeAll
    void writeTheSections() throws IOException {
        api = system.start().http();
        Files.createDirectories(KEEP);
        awaitJson("reviewer", ASSESSMENT + "/totals", t -> t.path("status").asText().equals("SUBMITTED")
                && t.path("claimedBonus").decimalValue().signum() > 0 && t.path("bonusAwards").size() > 0);
        HttpApi.Answer measures = api.put("dongshan", ASSESSMENT + "/report-sections/measures", json(MEASURES));
        assertThat(measures.status()).as(measures.toString()).isEqualTo(200);
        HttpApi.Answer problems = api.put("dongshan", ASSESSMENT + "/report-sections/problems", json(PROBLEMS));
        assertThat(problems.status()).as(problems.toString()).isEqualTo(200);
        awaitJson("dongshan", ASSESSMENT + "/report-sections", content -> content.path("sections").size() == 2);
        totals = get("reviewer", ASSESSMENT + "/totals");
    }

    @AfterAll
    void stop() {
        system.close();
    }

    // ---- the report's own words -----------------------------------------------------------------

    @Test
    void theSectionsReadBackAsTheUnitWroteThem() {
        JsonNode sections = get("dongshan", ASSESSMENT + "/report-sections").path("sections");
        assertThat(sections.get(0).path("kind").asText()).isEqualTo("MEASURES");
        assertThat(sections.get(0).path("text").asText()).isEqualTo(MEASURES);
        assertThat(sections.get(1).path("kind").asText()).isEqualTo("PROBLEMS");
        assertThat(sections.get(1).path("text").asText()).isEqualTo(PROBLEMS);
    }

    @Test
    void blankTextIsRefusedInChineseAndEnglishAndNothingIsStored() {
        int before = system.events(ID).size();
        HttpApi.Answer zh = api.put("dongshan", ASSESSMENT + "/report-sections/problems", json("   "));
        HttpApi.Answer en = api.put("dongshan", ASSESSMENT + "/report-sections/problems", json("   "), "Accept-Language", "en");
        assertProblem(zh, 400, "REPORT_SECTION_BLANK");
        assertThat(zh.json().path("title").asText()).isEqualTo("报告内容为空");
        assertProblem(en, 400, "REPORT_SECTION_BLANK");
        assertThat(en.json().path("title").asText()).isEqualTo("Report section empty");
        assertThat(system.events(ID)).hasSize(before);
    }

    @Test
    void textOverTheLimitIsRefused() {
        int before = system.events(ID).size();
        assertProblem(api.put("dongshan", ASSESSMENT + "/report-sections/measures", json("措".repeat(20_001))),
                400, "REPORT_SECTION_TOO_LONG");
        assertThat(system.events(ID)).hasSize(before);
    }

    @Test
    void onlyTheUnitsOwnSubmitterWritesItsSections() {
        int before = system.events(ID).size();
        assertProblem(api.put("changpuzi", ASSESSMENT + "/report-sections/measures", json("别人的话")), 403, "OTHER_UNIT");
        assertProblem(api.put("reviewer", ASSESSMENT + "/report-sections/measures", json("审核员的话")), 403, "ROLE_NOT_ALLOWED");
        assertProblem(api.put("tangmiaohua", ASSESSMENT + "/report-sections/measures", json("领导的话")), 403, "ROLE_NOT_ALLOWED");
        assertThat(system.events(ID)).hasSize(before);
    }

    // ---- the report -------------------------------------------------------------------------------

    @Test
    void theDocxReportCarriesTheTotalsOfTheTotalsApi() throws IOException {
        byte[] file = download("reviewer", ASSESSMENT + "/report.docx", "report-dongshan.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo(totals.path("unitName").asText() + "绩效评估自查自评报告");
            assertThat(text).contains("共性考核指标完成情况", "个性指标完成情况", "创先争优加分项", "工作措施", "存在的问题及努力方向");
            assertThat(text).contains("（一）加强领导。成立专项工作领导小组，由组长牵头。", "（二）压实责任。任务分解到责任领导。", PROBLEMS);

            XWPFTable table = document.getTables().get(0);
            JsonNode declared = totals.path("declared");
            assertRow(table, 1, declared.path("base"), totals.path("claimedBase"), totals.path("base"));
            assertRow(table, 2, declared.path("bonus"), totals.path("claimedBonus"), totals.path("bonus"));
            assertThat(number(table.getRow(3).getCell(1).getText())).isEqualByComparingTo(declared.path("total").decimalValue());
            assertThat(number(table.getRow(3).getCell(3).getText())).isEqualByComparingTo(totals.path("total").decimalValue());

            String paragraphs = String.join("\n", document.getParagraphs().stream().map(p -> p.getText()).toList());
            for (JsonNode category : totals.path("categories")) {
                assertThat(paragraphs).contains(category.path("name").asText() + "（分值" + plain(category.path("budget"))
                        + "分，自评分" + plain(category.path("claimedSubtotal")) + "分，有效得分" + plain(category.path("subtotal")) + "分）");
            }
            for (JsonNode indicator : totals.path("indicators")) {
                if (indicator.path("claimedScore").isNull() || indicator.path("maxPoints").decimalValue().signum() == 0) {
                    continue;
                }
                assertThat(paragraphs).contains(indicator.path("name").asText() + "（" + plain(indicator.path("maxPoints"))
                        + "分）：自评分" + plain(indicator.path("claimedScore")) + "，有效得分" + plain(indicator.path("effectiveScore")));
            }
            long awardLines = document.getParagraphs().stream()
                    .filter(p -> p.getText().matches("\\d+\\. .*（.*）：[0-9.]+分，.*")).count();
            assertThat(awardLines).isEqualTo(totals.path("bonusAwards").size());
        }
    }

    @Test
    void thePdfReportIsSelectableTextWithAnEmbeddedFontAndTheSameNumbers() throws IOException {
        if (CjkFont.locate(null).isEmpty()) {
            String message = "no CJK TrueType font for PDF (install fonts-wqy-microhei, see docs/documents.md)";
            assertThat(Boolean.getBoolean("evaltrack.font.required")).as(message).isFalse();
            Assumptions.abort(message);
        }
        byte[] file = download("dongshan", ASSESSMENT + "/report.pdf", "report-dongshan.pdf", "application/pdf");
        try (PDDocument pdf = Loader.loadPDF(file)) {
            String text = new PDFTextStripper().getText(pdf);
            String compact = text.replaceAll("\\s+", "");
            assertThat(compact).contains(totals.path("unitName").asText() + "绩效评估自查自评报告");
            assertThat(compact).contains("共性考核指标完成情况", "个性指标完成情况", "工作措施", "存在的问题及努力方向");
            assertThat(compact).contains("总分" + plain(totals.path("total")) + "分，其中基础分" + plain(totals.path("base"))
                    + "分，加分" + plain(totals.path("bonus")) + "分");
            JsonNode declared = totals.path("declared");
            assertThat(compact).contains("单位申报：总分" + plain(declared.path("total")) + "分，其中基础分"
                    + plain(declared.path("base")) + "分，加分" + plain(declared.path("bonus")) + "分");
            assertThat(compact).contains(PROBLEMS.replaceAll("\\s+", ""));
            List<PDFont> fonts = new ArrayList<>();
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
        }
    }

    @Test
    void theReportSpeaksEnglishWhenAskedTo() throws IOException {
        byte[] file = download("reviewer", ASSESSMENT + "/report.docx?lang=en", "report-dongshan-en.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("Common indicators", "Specific indicators", "Measures",
                    "Computed from the recorded claims: total " + plain(totals.path("total")));
        }
    }

    // ---- spreadsheets -----------------------------------------------------------------------------

    @Test
    void theRankingSpreadsheetHoldsTheRankingApisNumbers() throws IOException {
        JsonNode ranking = get("reviewer", SCHEME + "/ranking");
        try (XSSFWorkbook workbook = workbook("reviewer", SCHEME + "/ranking.xlsx", "ranking.xlsx")) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("单位");
            JsonNode rows = ranking.path("rows");
            int categories = ranking.path("categories").size();
            assertThat(sheet.getLastRowNum()).isEqualTo(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                JsonNode expected = rows.get(i);
                Row row = sheet.getRow(i + 1);
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(expected.path("unitName").asText());
                for (int c = 0; c < categories; c++) {
                    String code = ranking.path("categories").get(c).path("categoryCode").asText();
                    assertNumber(row.getCell(3 + c), expected.path("categorySubtotals").path(code));
                }
                assertNumber(row.getCell(3 + categories), expected.path("base"));
                assertNumber(row.getCell(4 + categories), expected.path("bonus"));
                assertNumber(row.getCell(5 + categories), expected.path("total"));
            }
        }
    }

    @Test
    void theScorecardSpreadsheetHoldsTheTotalsApisNumbers() throws IOException {
        try (XSSFWorkbook workbook = workbook("dongshan", ASSESSMENT + "/scorecard.xlsx", "scorecard-dongshan.xlsx")) {
            Sheet indicators = workbook.getSheet("评分表");
            JsonNode expected = totals.path("indicators");
            assertThat(indicators.getLastRowNum()).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                Row row = indicators.getRow(i + 1);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(expected.get(i).path("indicatorCode").asText());
                assertNumber(row.getCell(3), expected.get(i).path("maxPoints"));
                assertNumber(row.getCell(4), expected.get(i).path("claimedScore"));
                assertNumber(row.getCell(5), expected.get(i).path("effectiveScore"));
            }
            Sheet categories = workbook.getSheet("类别小计");
            int count = totals.path("categories").size();
            assertNumber(categories.getRow(count + 1).getCell(5), totals.path("base"));
            assertNumber(categories.getRow(count + 2).getCell(5), totals.path("bonus"));
            assertNumber(categories.getRow(count + 3).getCell(5), totals.path("total"));
            Sheet bonus = workbook.getSheet("加分项");
            assertThat(bonus.getLastRowNum()).isEqualTo(totals.path("bonusAwards").size());
        }
    }

    @Test
    void theTrailSpreadsheetTakesTheTrailApisFiltersAndHoldsEveryMatchingRow() throws IOException {
        JsonNode filtered = get("reviewer", ASSESSMENT + "/trail?indicator=1.1.1&order=oldest&size=500");
        try (XSSFWorkbook workbook = workbook("reviewer", ASSESSMENT + "/trail.xlsx?indicator=1.1.1&order=oldest", "trail-1.1.1.xlsx")) {
            Sheet sheet = workbook.getSheetAt(0);
            JsonNode rows = filtered.path("rows");
            assertThat(sheet.getLastRowNum()).isEqualTo(filtered.path("totalRows").asInt()).isEqualTo(rows.size()).isPositive();
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.getRow(i + 1);
                assertThat(row.getCell(5).getStringCellValue()).isEqualTo("1.1.1");
                assertNumber(row.getCell(7), rows.get(i).path("scoreBefore"));
                assertNumber(row.getCell(8), rows.get(i).path("scoreAfter"));
            }
        }
        JsonNode all = get("reviewer", ASSESSMENT + "/trail?size=1");
        try (XSSFWorkbook workbook = workbook("reviewer", ASSESSMENT + "/trail.xlsx", "trail-dongshan.xlsx")) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(all.path("totalRows").asInt());
        }
    }

    @Test
    void ledgerSpreadsheetsHoldTheLedgerApisTasks() throws IOException {
        for (String[] ledger : List.of(
                new String[] {"reviewer", "/api/ledgers/leaders/user-leader-01", "/api/ledgers/leaders/user-leader-01/ledger.xlsx", "ledger-leader.xlsx"},
                new String[] {"dongshan", ASSESSMENT + "/ledger", ASSESSMENT + "/ledger.xlsx", "ledger-dongshan.xlsx"},
                new String[] {"reviewer", "/api/units/unit-dongshan/ledger", "/api/units/unit-dongshan/ledger.xlsx", "ledger-unit.xlsx"},
                new String[] {"tangmiaohua", "/api/ledgers/mine", "/api/ledgers/mine.xlsx", "ledger-mine.xlsx"})) {
            JsonNode tasks = get(ledger[0], ledger[1]).path("tasks");
            try (XSSFWorkbook workbook = workbook(ledger[0], ledger[2], ledger[3])) {
                Sheet sheet = workbook.getSheetAt(0);
                assertThat(sheet.getLastRowNum()).as(ledger[2]).isEqualTo(tasks.size()).isPositive();
                for (int i = 0; i < tasks.size(); i++) {
                    assertThat(sheet.getRow(i + 1).getCell(1).getStringCellValue()).isEqualTo(tasks.get(i).path("taskId").asText());
                }
            }
        }
    }

    @Test
    void spreadsheetHeadersAreEnglishWhenAskedFor() throws IOException {
        HttpApi.Download answer = api.download("reviewer", SCHEME + "/ranking.xlsx", "Accept-Language", "en");
        assertThat(answer.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.body()))) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("Ranking");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(1).getStringCellValue()).isEqualTo("Unit");
        }
    }

    // ---- one meaning of each figure ---------------------------------------------------------------

    @Test
    void theScorecardDiscrepanciesReportAndWorkbookShowTheTotalsFiguresUnderTheSameNames() throws IOException {
        JsonNode scorecard = awaitJson("reviewer", ASSESSMENT + "/scorecard", card -> card.path("status").asText().equals("SUBMITTED")
                && !card.path("declared").isNull() && card.path("claimedBonus").decimalValue().signum() > 0);
        for (String[] same : new String[][] {{"claimedBase", "claimedBase"}, {"computedBase", "base"}, {"claimedBonus", "claimedBonus"},
                {"verifiedBonus", "verifiedBonus"}, {"bonus", "bonus"}, {"bonusCap", "bonusCap"}, {"total", "total"}}) {
            assertThat(scorecard.path(same[0]).decimalValue()).as("scorecard " + same[0])
                    .isEqualByComparingTo(totals.path(same[1]).decimalValue());
        }
        assertThat(scorecard.path("vetoed").asBoolean()).isEqualTo(totals.path("vetoed").asBoolean());

        JsonNode findings = awaitJson("reviewer", ASSESSMENT + "/discrepancies",
                d -> finding(d, "DECLARED_BASE_MISMATCH") != null).path("discrepancies");
        assertThat(new BigDecimal(finding(findings, "DECLARED_BASE_MISMATCH").path("expected").asText()))
                .isEqualByComparingTo(totals.path("base").decimalValue());
        expectIfFound(findings, "DECLARED_BONUS_NOT_CLAIMED_SUM", totals.path("claimedBonus").decimalValue());
        expectIfFound(findings, "DECLARED_BONUS_NOT_VERIFIED", totals.path("bonus").decimalValue());
        boolean bonusReviewed = totals.path("status").asText().equals("FINALIZED")
                || StreamSupport.stream(totals.path("bonusAwards").spliterator(), false)
                .allMatch(a -> List.of("VERIFIED", "REJECTED").contains(a.path("state").asText()));
        BigDecimal cap = totals.path("bonusCap").decimalValue();
        expectIfFound(findings, "DECLARED_TOTAL_MISMATCH", bonusReviewed ? totals.path("total").decimalValue()
                : totals.path("base").decimalValue().add(totals.path("claimedBonus").decimalValue().min(cap)));

        byte[] docx = download("reviewer", ASSESSMENT + "/report.docx", "report-dongshan-figures.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            XWPFTable table = document.getTables().get(0);
            assertThat(number(table.getRow(3).getCell(2).getText())).isEqualByComparingTo(totals.path("claimedTotal").decimalValue());
            assertThat(extractor.getText().replaceAll("\\s+", "")).contains("核定" + plain(totals.path("verifiedBonus")) + "分，计入"
                    + plain(totals.path("bonus")) + "分");
        }
        try (XSSFWorkbook workbook = workbook("reviewer", ASSESSMENT + "/scorecard.xlsx", "scorecard-dongshan-figures.xlsx")) {
            Sheet categories = workbook.getSheet("类别小计");
            int count = totals.path("categories").size();
            assertNumber(categories.getRow(count + 1).getCell(4), totals.path("claimedBase"));
            assertNumber(categories.getRow(count + 2).getCell(4), totals.path("claimedBonus"));
            assertNumber(categories.getRow(count + 3).getCell(4), totals.path("claimedTotal"));
            assertNumber(categories.getRow(count + 2).getCell(3), totals.path("bonusCap"));
        }
    }

    private static JsonNode finding(JsonNode discrepancies, String kind) {
        JsonNode list = discrepancies.has("discrepancies") ? discrepancies.path("discrepancies") : discrepancies;
        return StreamSupport.stream(list.spliterator(), false)
                .filter(d -> d.path("kind").asText().equals(kind)).findFirst().orElse(null);
    }

    private static void expectIfFound(JsonNode findings, String kind, BigDecimal figure) {
        JsonNode found = finding(findings, kind);
        if (found != null) {
            assertThat(new BigDecimal(found.path("expected").asText())).as(kind).isEqualByComparingTo(figure);
        }
    }

    // ---- refusals ---------------------------------------------------------------------------------

    @Test
    void anotherUnitsSubmitterGetsNoneOfTheUnitsDocuments() {
        for (String path : List.of("/report.docx", "/report.pdf", "/report-sections", "/scorecard.xlsx", "/trail.xlsx", "/ledger.xlsx")) {
            assertProblem(api.download("changpuzi", ASSESSMENT + path).asText(), 403, "OTHER_UNIT");
        }
    }

    @Test
    void aRefusalIsProblemJsonEvenWhenTheClientAsksForTheDocumentsType() {
        assertProblem(api.download("changpuzi", ASSESSMENT + "/report.pdf", "Accept", "application/pdf").asText(), 403, "OTHER_UNIT");
        assertProblem(api.download("changpuzi", ASSESSMENT + "/scorecard.xlsx", "Accept",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").asText(), 403, "OTHER_UNIT");
    }

    @Test
    void anonymousReadersGetNoDocuments() {
        for (String path : List.of(ASSESSMENT + "/report.pdf", SCHEME + "/ranking.xlsx", "/api/ledgers/mine.xlsx")) {
            HttpApi.Answer answer = api.download(null, path).asText();
            assertThat(answer.status()).as(path).isEqualTo(401);
        }
    }

    @Test
    void aLeaderGetsNoOtherLeadersLedgerSpreadsheet() {
        assertProblem(api.download("tangmiaohua", "/api/ledgers/leaders/user-leader-02/ledger.xlsx").asText(), 403, "FORBIDDEN");
    }

    @Test
    void aRefusalIsEnglishWhenAskedFor() {
        HttpApi.Answer answer = api.download("changpuzi", ASSESSMENT + "/report.pdf", "Accept-Language", "en").asText();
        assertProblem(answer, 403, "OTHER_UNIT");
        assertThat(answer.json().path("title").asText()).isEqualTo("Another unit's assessment");
    }

    // ---- helpers ----------------------------------------------------------------------------------

    private byte[] download(String user, String path, String keepAs, String mediaType) throws IOException {
        HttpApi.Download answer = api.download(user, path);
        assertThat(answer.status()).as(answer.toString() + " " + new String(answer.body())).isEqualTo(200);
        assertThat(answer.contentType()).startsWith(mediaType);
        assertThat(answer.contentDisposition()).startsWith("attachment");
        Files.write(KEEP.resolve(keepAs), answer.body());
        return answer.body();
    }

    private XSSFWorkbook workbook(String user, String path, String keepAs) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(download(user, path, keepAs,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")));
    }

    private static void assertRow(XWPFTable table, int row, JsonNode declared, JsonNode claimed, JsonNode computed) {
        assertThat(number(table.getRow(row).getCell(1).getText())).isEqualByComparingTo(declared.decimalValue());
        assertThat(number(table.getRow(row).getCell(2).getText())).isEqualByComparingTo(claimed.decimalValue());
        assertThat(number(table.getRow(row).getCell(3).getText())).isEqualByComparingTo(computed.decimalValue());
    }

    private static void assertNumber(Cell cell, JsonNode expected) {
        if (expected.isNull() || expected.isMissingNode()) {
            assertThat(cell == null || cell.getCellType() == CellType.BLANK).isTrue();
            return;
        }
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(BigDecimal.valueOf(cell.getNumericCellValue())).isEqualByComparingTo(expected.decimalValue());
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(text.trim());
    }

    /** As the report prints a score: 105.30 → 105.3, 25.00 → 25. */
    private static String plain(JsonNode score) {
        BigDecimal stripped = score.decimalValue().stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static String json(String text) {
        return "{\"text\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
    }

    private static void assertProblem(HttpApi.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith(PROBLEM_JSON);
        assertThat(answer.json().path("code").asText()).isEqualTo(code);
        assertThat(answer.json().path("type").asText()).isEqualTo("urn:evaltrack:error:" + code);
    }

    private JsonNode get(String user, String path) {
        HttpApi.Answer answer = api.get(user, path);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private JsonNode awaitJson(String user, String path, Predicate<JsonNode> ready) {
        JsonNode[] last = new JsonNode[1];
        // projections follow the event stream on their own threads
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300)).until(() -> {
            HttpApi.Answer answer = api.get(user, path);
            if (answer.status() != 200) {
                return false;
            }
            last[0] = answer.json();
            return ready.test(last[0]);
        });
        return last[0];
    }
}
