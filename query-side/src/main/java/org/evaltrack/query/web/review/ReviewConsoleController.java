package org.evaltrack.query.web.review;

import java.util.Map;
import org.evaltrack.query.web.DateParameter;
import java.util.Set;
import java.util.function.Predicate;

import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.query.claimsheet.ClaimSheetView;
import org.evaltrack.kernel.query.claimsheet.ClaimSheetView.EvidenceItem;
import org.evaltrack.kernel.query.totals.AssessmentTotalsView;
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
 * counts, adjustments with a reason, bonus decisions with duplicates pointed out, evidence decisions,
 * veto and its lifting, finalisation and reopening. Only reviewers and admins reach it (PageSecurityConfig);
 * every change is a call of the command API, whose refusals (OWN_UNIT_REVIEW among them) the page shows as they come.
 */
@WebPage
class ReviewConsoleController {

    /** What a console address may say was just done; anything else is ignored. */
    private static final Set<String> DONE = Set.of("adjusted", "verified", "rejected", "vetoed", "vetoLifted", "finalized",
            "reopened", "evidenceRejected", "captureAccepted");

    /**
     * Evidence decisions leave the totals as they were, so the page waits for the claim sheet to show them
     * rather than for newer totals.
     */
    private static final Map<String, Predicate<EvidenceItem>> EVIDENCE_DONE = Map.of(
            "evidenceRejected", item -> !item.active(),
            "captureAccepted", EvidenceItem::captureTimeAccepted);

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
                   @RequestParam(required = false) String done, @RequestParam(required = false) String evidence,
                   @AuthenticationPrincipal QueryUser reader, Model model) {
        AssessmentId id = AssessmentId.of(assessmentId);
        AssessmentTotalsView totals = reads.totals(id, reader, DateParameter.instant("after", after));
        Predicate<EvidenceItem> evidenceDone = done == null || evidence == null ? null : EVIDENCE_DONE.get(done);
        ClaimSheetView sheet = evidenceDone == null ? reads.sheet(totals)
                : reads.sheetOnce(totals, reader, s -> AssessmentReads.evidence(s, evidence, evidenceDone));
        model.addAttribute("card", ScorecardSheet.of(totals, sheet, reads.now()));
        model.addAttribute("bonusRows", reads.bonusRows(totals, sheet));
        model.addAttribute("reads", reads);
        model.addAttribute("done", done != null && DONE.contains(done) ? done : null);
        return "review/console";
    }
}
