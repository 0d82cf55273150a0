package org.evaltrack.query.web.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.query.discrepancy.DiscrepancyKind;
import org.evaltrack.kernel.query.discrepancy.DiscrepancyView;
import org.evaltrack.kernel.query.totals.AssessmentTotalsView;
import org.evaltrack.kernel.query.totals.BonusAwardView;
import org.evaltrack.query.security.QueryUser;
import org.evaltrack.query.web.page.WebPage;
import org.evaltrack.query.web.unit.AssessmentReads;
import org.evaltrack.query.web.unit.ScorecardSheet;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The review console (审核): submitted assessments, and per assessment the claim beside the score that
 * counts, adjustments with a reason, bonus decisions with duplicates pointed out, veto, finalisation
 * and reopening. Only reviewers and admins reach it (PageSecurityConfig); every change is a call of
 * the command API, whose refusals (OWN_UNIT_REVIEW among them) the page shows as they come.
 */
@WebPage
class ReviewConsoleController {

    /** What a console address may say was just done; anything else is ignored. */
    private static final Set<String> DONE = Set.of("adjusted", "verified", "rejected", "vetoed", "finalized", "reopened");

    private final ReviewQueue queue;
    private final AssessmentReads reads;

    ReviewConsoleController(ReviewQueue queue, AssessmentReads reads) {
        this.queue = queue;
        this.reads = reads;
    }

    @GetMapping("/review")
    String list(Model model) {
        model.addAttribute("assessments", queue.assessments());
        return "review/list";
    }

    @GetMapping("/review/{assessmentId}")
    String console(@PathVariable String assessmentId, @RequestParam(required = false) String after,
                   @RequestParam(required = false) String done, @AuthenticationPrincipal QueryUser reader, Model model) {
        AssessmentId id = AssessmentId.of(assessmentId);
        AssessmentTotalsView totals = reads.totals(id, reader, AssessmentReads.instantOrNull(after));
        List<DiscrepancyView> duplicates = reads.discrepancies(id)
                .map(view -> view.discrepancies().stream().filter(d -> d.kind() == DiscrepancyKind.DUPLICATE_BONUS_CLAIM).toList())
                .orElse(List.of());
        model.addAttribute("card", ScorecardSheet.of(totals, reads.sheet(totals), reads.now()));
        model.addAttribute("bonusRows", bonusRows(totals, duplicates));
        model.addAttribute("reads", reads);
        model.addAttribute("done", done != null && DONE.contains(done) ? done : null);
        return "review/console";
    }

    private static List<BonusRow> bonusRows(AssessmentTotalsView totals, List<DiscrepancyView> duplicates) {
        Map<String, DiscrepancyView> byClaim = new LinkedHashMap<>();
        duplicates.forEach(d -> byClaim.put(d.subject().code(), d));
        List<BonusRow> rows = new ArrayList<>();
        for (BonusAwardView award : totals.bonusAwards()) {
            rows.add(new BonusRow(award, byClaim.get(award.bonusClaimId())));
        }
        return rows;
    }

    /**
     * A bonus claim and, when it repeats an earlier one, the discrepancy saying so.
     *
     * @param duplicate the DUPLICATE_BONUS_CLAIM discrepancy about this claim; null when it is no duplicate
     */
    record BonusRow(BonusAwardView award, DiscrepancyView duplicate) {
        public boolean pending() {
            return "CLAIMED".equals(award.state());
        }
    }
}
