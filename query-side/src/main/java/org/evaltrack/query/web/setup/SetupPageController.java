package org.evaltrack.query.web.setup;

import java.time.Duration;
import java.util.List;

import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.query.AssessmentSummary;
import org.evaltrack.kernel.query.SchemeSummary;
import org.evaltrack.kernel.query.UnitSummary;
import org.evaltrack.kernel.unit.UnitKind;
import org.evaltrack.query.web.page.WebPage;
import org.evaltrack.query.web.page.PageRefused;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The performance office's set-up (ADMIN only, PageSecurityConfig): units, accounts, schemes and
 * assessments on one page, an assessment's ledger tasks on another. The forms send their changes to the
 * command API from the browser; the page is then loaded again with {@code done=} and the id of what was
 * changed, and waits (at most {@link #PATIENCE}) until the lists show it, because the read models take
 * the events in a moment after the command was answered.
 */
@WebPage
class SetupPageController {

    static final Duration PATIENCE = Duration.ofSeconds(5);

    private final SetupDirectory directory;

    SetupPageController(SetupDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/setup")
    String setup(@RequestParam(required = false) String done, @RequestParam(required = false) String shown, Model model) {
        done(done, shown, null, null, model);
        List<SchemeSummary> schemes = directory.schemes();
        List<UnitSummary> units = directory.units();
        model.addAttribute("units", units);
        model.addAttribute("unitKinds", UnitKind.values());
        model.addAttribute("accounts", directory.accounts());
        model.addAttribute("roles", Role.values());
        model.addAttribute("schemes", schemes);
        model.addAttribute("publishedSchemes", schemes.stream().filter(s -> s.published() && !s.closed()).toList());
        model.addAttribute("assessments", directory.assessments());
        return "setup/setup";
    }

    @GetMapping("/setup/tasks")
    String tasks(@RequestParam(required = false) String assessment, @RequestParam(required = false) String done,
                 @RequestParam(required = false) String shown, @RequestParam(required = false) String leader, Model model) {
        done(done, shown, leader, assessment, model);
        List<AssessmentSummary> assessments = directory.assessments();
        model.addAttribute("assessments", assessments);
        if (assessment != null && !assessment.isBlank()) {
            AssessmentSummary chosen = assessments.stream().filter(a -> a.assessmentId().equals(assessment))
                    .findFirst().orElseThrow(() -> PageRefused.notFound(ErrorCode.ASSESSMENT_NOT_FOUND.name()));
            model.addAttribute("chosen", chosen);
            model.addAttribute("tasks", directory.tasks(chosen.assessmentId()));
            model.addAttribute("indicators", directory.indicators(chosen.schemeId()));
            model.addAttribute("leaders", directory.leaders(chosen.unitId()));
        }
        return "setup/tasks";
    }

    /** The confirmation of a change the page sent, once the lists show it (or a note that they will shortly). */
    private void done(String done, String shown, String leader, String assessment, Model model) {
        if (done == null || shown == null) {
            return;
        }
        SetupDirectory.Change change;
        try {
            change = SetupDirectory.Change.valueOf(done);
        } catch (IllegalArgumentException unknown) {
            return;
        }
        model.addAttribute("done", change.name());
        model.addAttribute("shownYet", awaitShown(change, shown, leader, assessment));
    }

    private boolean awaitShown(SetupDirectory.Change change, String id, String leader, String assessment) {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (!directory.shows(change, id, leader, assessment)) {
            if (System.nanoTime() > until) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
