package org.evaltrack.query.web.audittrail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.query.totals.AssessmentTotalsView;
import org.evaltrack.kernel.query.totals.FindAssessmentTotals;
import org.evaltrack.kernel.query.trail.FindAssessmentTrail;
import org.evaltrack.kernel.query.trail.TrailEntryKind;
import org.evaltrack.kernel.query.trail.TrailEntryView;
import org.evaltrack.kernel.query.trail.TrailFilter;
import org.evaltrack.kernel.query.trail.TrailOrder;
import org.evaltrack.kernel.query.trail.TrailPage;
import org.evaltrack.kernel.query.trail.TrailPaging;
import org.evaltrack.query.security.QueryUser;
import org.evaltrack.query.web.page.WebPage;
import org.evaltrack.query.web.page.BeijingTime;
import org.evaltrack.query.web.page.PageDirectory;
import org.evaltrack.query.web.page.PageLinks;
import org.evaltrack.query.web.page.PageRefused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The audit trail (审计轨迹) of one assessment as a timeline, with the API's filters, and the totals beside
 * it, both as of the instant the reader picks. Same visibility as the JSON API: submitters and leaders
 * their own unit only.
 */
@WebPage
class AuditTrailPageController {

    static final int PAGE_SIZE = 25;

    private final QueryGateway queries;
    private final PageDirectory directory;
    private final EvidenceReferences evidence;

    AuditTrailPageController(QueryGateway queries, PageDirectory directory, EvidenceReferences evidence) {
        this.queries = queries;
        this.directory = directory;
        this.evidence = evidence;
    }

    /** Which assessment's trail: the ones this reader may see. */
    @GetMapping("/trail")
    String choose(@AuthenticationPrincipal QueryUser reader, Model model) {
        model.addAttribute("assessments", reader.boundToUnit()
                ? (reader.unitId() == null ? List.of() : directory.assessments(reader.unitId()))
                : directory.assessments(null));
        return "audittrail/choose";
    }

    @GetMapping("/assessments/{assessmentId}/trail")
    String trail(@PathVariable String assessmentId, @ModelAttribute("filter") TrailForm form,
                 @AuthenticationPrincipal QueryUser reader, Model model) {
        AssessmentId id = assessmentId(assessmentId);
        AssessmentTotalsView now = ask(new FindAssessmentTotals(id), AssessmentTotalsView.class)
                .orElseThrow(() -> PageRefused.notFound(ErrorCode.ASSESSMENT_NOT_FOUND.name()));
        if (!reader.maySee(now.unitId())) {
            throw PageRefused.forbidden(ErrorCode.OTHER_UNIT.name());
        }

        List<String> problems = new ArrayList<>();
        Instant asOf = instant(form.getAsOf(), true, "asOf", problems);
        Instant from = instant(form.getFrom(), false, "from", problems);
        Instant to = instant(form.getTo(), false, "to", problems);
        if (from != null && to != null && !from.isBefore(to)) {
            problems.add("fromAfterTo");
            from = null;
            to = null;
        }
        TrailFilter filter = new TrailFilter(form.getIndicator(), actor(form.getActor(), problems),
                kinds(form.getKind()), from, to, form.isChangedAfterSubmission(), asOf);
        TrailPaging paging = new TrailPaging(Math.max(0, form.getPage()), PAGE_SIZE,
                "oldest".equals(form.getOrder()) ? TrailOrder.OLDEST_FIRST : TrailOrder.NEWEST_FIRST);
        TrailPage trail = ask(new FindAssessmentTrail(id, filter, paging), TrailPage.class)
                .orElseThrow(() -> PageRefused.notFound(ErrorCode.ASSESSMENT_NOT_FOUND.name()));

        model.addAttribute("assessment", now);
        model.addAttribute("totals", asOf == null ? Optional.of(now) : ask(new FindAssessmentTotals(id, asOf), AssessmentTotalsView.class));
        model.addAttribute("asOf", asOf);
        model.addAttribute("trail", trail);
        model.addAttribute("evidence", evidence.of(id, trail.rows()));
        model.addAttribute("problems", problems);
        model.addAttribute("indicators", now.indicators());
        model.addAttribute("actors", directory.actorsFor(now.unitId()));
        model.addAttribute("kinds", TrailEntryKind.values());
        model.addAttribute("pages", Math.max(1, (trail.totalRows() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("previousPage", trail.page() > 0 ? PageLinks.sameWith("page", trail.page() - 1) : null);
        model.addAttribute("nextPage", (long) (trail.page() + 1) * PAGE_SIZE < trail.totalRows() ? PageLinks.sameWith("page", trail.page() + 1) : null);
        Map<String, String> indicatorLinks = new HashMap<>();
        trail.rows().stream().map(TrailEntryView::indicatorCode).filter(Objects::nonNull).distinct()
                .forEach(code -> indicatorLinks.put(code, PageLinks.sameWith("indicator", code, "page", 0)));
        model.addAttribute("indicatorLinks", indicatorLinks);
        return "audittrail/trail";
    }

    private static AssessmentId assessmentId(String raw) {
        try {
            return AssessmentId.of(raw);
        } catch (IllegalArgumentException e) {
            throw PageRefused.notFound(ErrorCode.ASSESSMENT_NOT_FOUND.name());
        }
    }

    /** A value the browser's picker could not have produced is named on the page and left out of the query. */
    private static Instant instant(String value, boolean asOf, String field, List<String> problems) {
        try {
            return (asOf ? BeijingTime.parseAsOf(value) : BeijingTime.parseInput(value)).orElse(null);
        } catch (IllegalArgumentException e) {
            problems.add(field);
            return null;
        }
    }

    private static UserId actor(String value, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UserId.of(value);
        } catch (IllegalArgumentException e) {
            problems.add("actor");
            return null;
        }
    }

    /** Unknown kinds cannot come from the page's checkboxes; they are ignored rather than refused. */
    private static Set<TrailEntryKind> kinds(List<String> raw) {
        Set<TrailEntryKind> kinds = EnumSet.noneOf(TrailEntryKind.class);
        if (raw != null) {
            for (TrailEntryKind kind : TrailEntryKind.values()) {
                if (raw.contains(kind.name())) {
                    kinds.add(kind);
                }
            }
        }
        return kinds;
    }

    private <R> Optional<R> ask(Object query, Class<R> answer) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(answer)).join();
    }
}
