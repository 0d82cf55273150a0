package org.evaltrack.query.web.unit;

import org.evaltrack.kernel.actor.Role;
import org.evaltrack.query.web.DateParameter;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.query.claimsheet.ClaimSheetView;
import org.evaltrack.kernel.query.totals.AssessmentTotalsView;
import org.evaltrack.query.security.QueryUser;
import org.evaltrack.query.web.page.WebPage;
import org.evaltrack.query.web.page.PageDirectory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The unit scorecard (单位自评表): the indicator tree with the unit's claims, narratives, figures and
 * evidence, running totals, the claims deadline and submission. Submitters of the unit edit it while it
 * is open; reviewers and admins read it. Changes go from the browser to the command API.
 */
@WebPage
class UnitScorecardController {

    private static final String WITHDRAWN = "withdrawn";

    private final AssessmentReads reads;
    private final PageDirectory directory;

    UnitScorecardController(AssessmentReads reads, PageDirectory directory) {
        this.reads = reads;
        this.directory = directory;
    }

    @GetMapping("/assessments/{assessmentId}")
    String page(@PathVariable String assessmentId, @RequestParam(required = false) String after,
                @RequestParam(required = false) String done, @RequestParam(required = false) String evidence,
                @RequestParam(required = false) String saved, @AuthenticationPrincipal QueryUser reader, Model model) {
        AssessmentTotalsView totals = reads.totals(AssessmentId.of(assessmentId), reader, DateParameter.instant("after", after));
        boolean withdrawn = WITHDRAWN.equals(done) && evidence != null;
        // a withdrawal leaves the totals as they were: wait for the claim sheet to show it instead
        ClaimSheetView sheet = withdrawn
                ? reads.sheetOnce(totals, reader, s -> AssessmentReads.evidence(s, evidence, e -> !e.active()))
                : reads.sheet(totals);
        model.addAttribute("card", ScorecardSheet.of(totals, sheet, reads.now()));
        model.addAttribute("bonusRows", reads.bonusRows(totals, sheet));
        model.addAttribute("mayEdit", mayEdit(reader, totals));
        // the command API lets only the unit's own submitter write the report's texts
        model.addAttribute("mayWriteReport", reader.role() == Role.SUBMITTER && totals.unitId().equals(reader.unitId())
                && totals.status() == AssessmentStatus.OPEN);
        model.addAttribute("reportSections", reads.reportSections(totals.assessmentId()));
        // only the levels the scheme rewards: a level without a rule would be refused (BONUS_LEVEL_NOT_IN_SCHEME)
        model.addAttribute("bonusLevels", directory.bonusLevels(totals.schemeId()));
        model.addAttribute("schemeTitle", directory.schemeTitles().getOrDefault(totals.schemeId().value(), totals.schemeId().value()));
        model.addAttribute("reads", reads);
        // the indicator whose claim was just saved: its claim stays open and says so
        model.addAttribute("saved", saved);
        model.addAttribute("done", "submitted".equals(done) || withdrawn ? done : null);
        return "unit/scorecard";
    }

    /**
     * The bonus claims alone, for htmx to swap in after a claim was made; {@code claim} is the new claim's id,
     * waited for (bounded) in both the totals and the claim sheet, which take it in each at its own pace.
     */
    @GetMapping("/assessments/{assessmentId}/bonus-panel")
    String bonusPanel(@PathVariable String assessmentId, @RequestParam(required = false) String claim,
                      @AuthenticationPrincipal QueryUser reader, Model model) {
        AssessmentId id = AssessmentId.of(assessmentId);
        AssessmentTotalsView totals = claim == null ? reads.totals(id, reader, null)
                : reads.totalsOnce(id, reader, t -> t.bonusAwards().stream().anyMatch(b -> b.bonusClaimId().equals(claim)));
        ClaimSheetView sheet = claim == null ? reads.sheet(totals)
                : reads.sheetOnce(totals, reader, s -> s.bonusClaims().stream().anyMatch(b -> b.bonusClaimId().equals(claim)));
        model.addAttribute("bonusRows", reads.bonusRows(totals, sheet));
        return "unit/bonus :: bonusList";
    }

    /** The totals panel alone, for htmx to swap in after a claim was saved. */
    @GetMapping("/assessments/{assessmentId}/totals-panel")
    String totalsPanel(@PathVariable String assessmentId, @RequestParam(required = false) String after,
                       @AuthenticationPrincipal QueryUser reader, Model model) {
        AssessmentTotalsView totals = reads.totals(AssessmentId.of(assessmentId), reader, DateParameter.instant("after", after));
        model.addAttribute("totals", totals);
        return "unit/totals :: totals";
    }

    /** What the command API would accept: the unit's own submitter (or an admin) while the assessment is open. */
    private static boolean mayEdit(QueryUser reader, AssessmentTotalsView totals) {
        boolean editor = reader.role() == Role.ADMIN
                || (reader.role() == Role.SUBMITTER && totals.unitId().equals(reader.unitId()));
        return editor && totals.status() == AssessmentStatus.OPEN;
    }
}
