package org.evaltrack.query.web.drilldown;

import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.query.claimsheet.ClaimSheetView;
import org.evaltrack.kernel.query.totals.AssessmentTotalsView;
import org.evaltrack.kernel.query.totals.ScorePart;
import org.evaltrack.query.security.QueryUser;
import org.evaltrack.query.web.page.WebPage;
import org.evaltrack.query.web.page.PageDirectory;
import org.evaltrack.query.web.page.PageRefused;
import org.evaltrack.query.web.unit.ScorecardSheet;
import org.evaltrack.query.web.unit.ScorecardSheet.IndicatorRow;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 得分反查 in three steps from the dashboard: a unit's categories (subtotal against budget, rate light) with the
 * bonus and vetoes, then one indicator's events (claim, adjustments, who, when, before → after, why) and
 * evidence. Read like the scorecard and the audit trail: the unit's submitter, reviewers and admins
 * (PageSecurityConfig's {@code /assessments/**}); another unit's submitter gets the refusal page.
 */
@WebPage
class DrillDownController {

    private final DrillDownReads reads;
    private final PageDirectory directory;

    DrillDownController(DrillDownReads reads, PageDirectory directory) {
        this.reads = reads;
        this.directory = directory;
    }

    /** @param open the category shown open (the heat map's cell, a discrepancy about a category) */
    @GetMapping("/assessments/{assessmentId}/scores")
    String unit(@PathVariable String assessmentId, @RequestParam(required = false) String open,
                @AuthenticationPrincipal QueryUser reader, Model model) {
        AssessmentTotalsView totals = reads.totals(assessmentId, reader);
        ClaimSheetView sheet = reads.sheet(totals);
        ScorecardSheet card = reads.card(totals, sheet);
        common(model, reader, totals, card);
        model.addAttribute("categories", card.categories().stream().map(CategoryRow::of).toList());
        model.addAttribute("open", open);
        model.addAttribute("bonusLines", reads.provenance(totals, sheet, ScorePart.BONUS, null));
        return "drilldown/unit";
    }

    @GetMapping("/assessments/{assessmentId}/scores/{indicatorCode}")
    String indicator(@PathVariable String assessmentId, @PathVariable String indicatorCode,
                     @AuthenticationPrincipal QueryUser reader, Model model) {
        AssessmentTotalsView totals = reads.totals(assessmentId, reader);
        ClaimSheetView sheet = reads.sheet(totals);
        ScorecardSheet card = reads.card(totals, sheet);
        CategoryRow category = card.categories().stream().map(CategoryRow::of)
                .filter(c -> c.block().indicators().stream().anyMatch(row -> row.scores().indicatorCode().equals(indicatorCode)))
                .findFirst().orElseThrow(() -> PageRefused.notFound(ErrorCode.INDICATOR_NOT_FOUND.name()));
        IndicatorRow row = category.block().indicators().stream()
                .filter(r -> r.scores().indicatorCode().equals(indicatorCode)).findFirst().orElseThrow();
        common(model, reader, totals, card);
        model.addAttribute("category", category);
        model.addAttribute("row", row);
        model.addAttribute("lines", reads.provenance(totals, sheet, ScorePart.INDICATOR, indicatorCode));
        model.addAttribute("evidence", reads.evidence(totals, row.evidence()));
        return "drilldown/indicator";
    }

    private void common(Model model, QueryUser reader, AssessmentTotalsView totals, ScorecardSheet card) {
        model.addAttribute("totals", totals);
        model.addAttribute("card", card);
        model.addAttribute("vetoes", totals.vetoes());
        model.addAttribute("schemeTitle", directory.schemeTitles().getOrDefault(totals.schemeId().value(), ""));
        model.addAttribute("unitLink", "/assessments/" + totals.assessmentId().value() + "/scores");
        // the dashboard is the performance office's (PageSecurityConfig): only they get the way back to it
        model.addAttribute("office", reader.role() == Role.ADMIN || reader.role() == Role.REVIEWER);
        model.addAttribute("dashboardLink", "/dashboard?scheme=" + totals.schemeId().value());
    }
}
