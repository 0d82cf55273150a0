package org.evaltrack.query.totals;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.evaltrack.kernel.query.totals.AssessmentTotalsView;
import org.evaltrack.kernel.query.totals.BonusAwardView;
import org.evaltrack.kernel.query.totals.CategorySubtotalView;
import org.evaltrack.kernel.query.totals.IndicatorTotalsView;
import org.evaltrack.kernel.query.totals.RankingColumn;
import org.evaltrack.kernel.query.totals.RankingRow;
import org.evaltrack.kernel.query.totals.RankingView;
import org.evaltrack.query.documents.DocumentLabels;
import org.evaltrack.query.documents.DocumentLanguage;
import org.evaltrack.query.documents.DocumentResponses;
import org.evaltrack.query.documents.XlsxWorkbook;
import org.evaltrack.query.documents.XlsxWorkbook.Column;
import org.evaltrack.query.security.QueryUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ranking and a unit's scorecard as spreadsheets. Each asks {@link TotalsController} for its view, so the
 * spreadsheet holds exactly what the JSON endpoint answers, under the same access rules.
 */
@RestController
@Tag(name = "得分汇总 / Totals")
class TotalsExportController {

    private static final String AS_OF = "ISO-8601 时点；缺省为当前 / ISO-8601 instant; default now";
    private static final String LANG = "zh（默认）或 en / zh (default) or en";

    private final TotalsController totals;

    TotalsExportController(TotalsController totals) {
        this.totals = totals;
    }

    @GetMapping("/api/schemes/{schemeId}/ranking.xlsx")
    @Operation(summary = "排名（Excel） / The ranking as XLSX")
    ResponseEntity<byte[]> ranking(@PathVariable String schemeId,
                                   @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                                   @Parameter(description = LANG) @RequestParam(required = false) String lang,
                                   @AuthenticationPrincipal QueryUser reader, HttpServletRequest request) {
        RankingView view = totals.ranking(schemeId, asOf, reader);
        DocumentLabels labels = new DocumentLabels(DocumentLanguage.of(request));
        try (XlsxWorkbook workbook = new XlsxWorkbook(labels)) {
            List<Column> columns = new ArrayList<>(List.of(new Column("col.rank", 8), new Column("col.unit", 24),
                    new Column("col.status", 10)));
            XlsxWorkbook.XlsxSheet sheet = workbook.sheet("sheet.ranking", withCategories(columns, view.categories()));
            for (RankingRow row : view.rows()) {
                Object[] cells = new Object[3 + view.categories().size() + 4];
                cells[0] = row.rank();
                cells[1] = row.unitName();
                cells[2] = labels.get("status." + row.status().name());
                int i = 3;
                for (RankingColumn category : view.categories()) {
                    cells[i++] = row.categorySubtotals().get(category.categoryCode());
                }
                cells[i++] = row.base();
                cells[i++] = row.bonus();
                cells[i++] = row.total();
                cells[i] = row.vetoed();
                sheet.row(cells);
            }
            return DocumentResponses.attachment(workbook.toBytes(), XlsxWorkbook.MEDIA_TYPE, "ranking-" + view.schemeId().value() + ".xlsx");
        }
    }

    @GetMapping("/api/assessments/{assessmentId}/scorecard.xlsx")
    @Operation(summary = "单位评分表（Excel：指标、类别小计、加分项） / A unit's scorecard as XLSX: indicators, category subtotals, bonus awards")
    ResponseEntity<byte[]> scorecard(@PathVariable String assessmentId,
                                     @Parameter(description = AS_OF) @RequestParam(required = false) String asOf,
                                     @Parameter(description = LANG) @RequestParam(required = false) String lang,
                                     @AuthenticationPrincipal QueryUser reader, HttpServletRequest request) {
        AssessmentTotalsView view = totals.totals(assessmentId, asOf, reader);
        DocumentLabels labels = new DocumentLabels(DocumentLanguage.of(request));
        try (XlsxWorkbook workbook = new XlsxWorkbook(labels)) {
            XlsxWorkbook.XlsxSheet indicators = workbook.sheet("sheet.scorecard", List.of(new Column("col.indicatorCode", 12),
                    new Column("col.indicator", 30), new Column("col.categoryCode", 12), new Column("col.maxPoints", 9),
                    new Column("col.claimed", 9), new Column("col.effective", 10), new Column("col.adjusted", 12),
                    new Column("col.afterTheFact", 10)));
            for (IndicatorTotalsView indicator : view.indicators()) {
                indicators.row(indicator.indicatorCode(), indicator.name(), indicator.categoryCode(), indicator.maxPoints(),
                        indicator.claimedScore(), indicator.effectiveScore(), indicator.adjusted(), indicator.enteredAfterTheFact());
            }
            XlsxWorkbook.XlsxSheet categories = workbook.sheet("sheet.categories", List.of(new Column("col.categoryCode", 12),
                    new Column("col.category", 26), new Column("col.section", 12), new Column("col.budget", 10),
                    new Column("col.claimed", 9), new Column("col.effective", 10), new Column("col.withinBudget", 12)));
            for (CategorySubtotalView category : view.categories()) {
                categories.row(category.categoryCode(), category.name(), category.section(), category.budget(),
                        category.claimedSubtotal(), category.subtotal(), category.withinBudget());
            }
            // the totals close the category sheet, labelled in the first column like the report's totals table
            categories.row(labels.get("col.base"), null, null, null, view.claimedBase(), view.base());
            categories.row(labels.get("col.bonus"), null, null, view.bonusCap(), view.claimedBonus(), view.bonus());
            categories.row(labels.get("col.total"), null, null, null, view.claimedTotal(), view.total());
            XlsxWorkbook.XlsxSheet bonus = workbook.sheet("sheet.bonus", List.of(new Column("col.title", 50),
                    new Column("col.level", 18), new Column("col.points", 9), new Column("col.verifiedPoints", 12),
                    new Column("col.state", 10), new Column("col.afterTheFact", 10)));
            for (BonusAwardView award : view.bonusAwards()) {
                bonus.row(award.title(), labels.get("level." + award.level()), award.claimedPoints(), award.verifiedPoints(),
                        labels.get("state." + award.state()), award.enteredAfterTheFact());
            }
            return DocumentResponses.attachment(workbook.toBytes(), XlsxWorkbook.MEDIA_TYPE,
                    "scorecard-" + view.assessmentId().value() + ".xlsx");
        }
    }

    private static List<Column> withCategories(List<Column> leading, List<RankingColumn> categories) {
        List<Column> columns = new ArrayList<>(leading);
        categories.forEach(category -> columns.add(Column.literal(category.name(), 14)));
        columns.add(new Column("col.base", 9));
        columns.add(new Column("col.bonus", 9));
        columns.add(new Column("col.total", 9));
        columns.add(new Column("col.vetoed", 10));
        return columns;
    }
}
