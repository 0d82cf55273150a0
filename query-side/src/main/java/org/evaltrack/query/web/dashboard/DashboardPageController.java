package org.evaltrack.query.web.dashboard;

import java.util.List;
import java.util.Locale;

import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.query.discrepancy.DiscrepancyKind;
import org.evaltrack.kernel.query.discrepancy.DiscrepancySeverity;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.query.web.page.WebPage;
import org.evaltrack.kernel.query.totals.SchemeChoice;
import org.evaltrack.query.web.page.PageDirectory;
import org.evaltrack.query.web.page.PageRefused;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The performance office's dashboard of one scheme: ranking (vetoed units last, each unit leading to its
 * drill-down), a unit × category heat map, a bar chart of the category subtotals per unit, what does not add up
 * (filtered by unit, severity and kind, and grouped, by query parameters), and overdue tasks per leader. For ADMIN and
 * REVIEWER only (PageSecurityConfig); every figure comes from the query handlers.
 */
@WebPage
class DashboardPageController {

    private final DashboardOverview overview;
    private final PageDirectory directory;

    DashboardPageController(DashboardOverview overview, PageDirectory directory) {
        this.overview = overview;
        this.directory = directory;
    }

    @GetMapping("/dashboard")
    String dashboard(@RequestParam(required = false) String scheme, @RequestParam(required = false) String unit,
                     @RequestParam(required = false) String severity, @RequestParam(required = false) String kind,
                     @RequestParam(required = false) String group, Locale locale, Model model) {
        List<SchemeChoice> schemes = directory.schemes();
        model.addAttribute("schemes", schemes);
        SchemeId chosen = chosen(scheme, schemes);
        model.addAttribute("scheme", chosen);
        if (chosen != null) {
            DashboardOverview.Dashboard dashboard = overview.of(chosen, locale)
                    .orElseThrow(() -> PageRefused.notFound(ErrorCode.SCHEME_NOT_FOUND.name()));
            DiscrepancyFilter filter = DiscrepancyFilter.of(unit, severity, kind, group);
            model.addAttribute("dashboard", dashboard);
            model.addAttribute("filter", filter);
            model.addAttribute("discrepancyGroups", filter.groups(dashboard.discrepancies()));
            model.addAttribute("shownDiscrepancies", filter.apply(dashboard.discrepancies()).size());
            model.addAttribute("severities", DiscrepancySeverity.values());
            model.addAttribute("kinds", DiscrepancyKind.values());
            model.addAttribute("groupings", DiscrepancyFilter.GROUPS);
        }
        return "dashboard/dashboard";
    }

    /** The chart's data: one series per category, and the bonus, over the ranked units. */
    @GetMapping(path = "/dashboard/chart", produces = "application/json")
    @ResponseBody
    ChartData chart(@RequestParam String scheme, Locale locale) {
        return overview.chart(schemeId(scheme), locale)
                .orElseThrow(() -> PageRefused.notFound(ErrorCode.SCHEME_NOT_FOUND.name()));
    }

    private static SchemeId chosen(String scheme, List<SchemeChoice> schemes) {
        if (scheme != null && !scheme.isBlank()) {
            return schemeId(scheme);
        }
        return schemes.isEmpty() ? null : schemes.get(0).schemeId();
    }

    private static SchemeId schemeId(String raw) {
        try {
            return SchemeId.of(raw);
        } catch (IllegalArgumentException e) {
            throw PageRefused.notFound(ErrorCode.SCHEME_NOT_FOUND.name());
        }
    }
}
