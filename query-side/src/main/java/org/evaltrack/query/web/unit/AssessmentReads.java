package org.evaltrack.query.web.unit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.assessment.ReportSectionKind;
import org.evaltrack.kernel.query.report.FindReportContent;
import org.evaltrack.kernel.query.report.ReportContentView;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.query.claimsheet.ClaimSheetView;
import org.evaltrack.kernel.query.claimsheet.FindClaimSheet;
import org.evaltrack.kernel.query.discrepancy.AssessmentDiscrepanciesView;
import org.evaltrack.kernel.query.discrepancy.DiscrepancyKind;
import org.evaltrack.kernel.query.discrepancy.DiscrepancyView;
import org.evaltrack.kernel.query.discrepancy.FindAssessmentDiscrepancies;
import org.evaltrack.kernel.query.totals.AssessmentTotalsView;
import org.evaltrack.kernel.query.totals.FindAssessmentTotals;
import org.evaltrack.query.security.QueryUser;
import org.evaltrack.query.web.page.PageRefused;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the assessment pages read, asked of the query handlers the JSON API uses (totals, claim sheet,
 * discrepancies) with the API's visibility rule, so a page never shows a figure the API would compute
 * differently or to someone the API would refuse.
 */
@Component
public class AssessmentReads {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * After a change made from a page without a position, how long a read waits for the read model to take it
     * in: the same bound as a read at a position ({@code evaltrack.read-position.wait}).
     */
    private final Duration catchUp;

    private final QueryGateway queries;
    private final Clock clock;
    private final CatchUpWaits waits;

    AssessmentReads(QueryGateway queries, Clock clock, CatchUpWaits waits,
                    @Value(CatchUpWaits.BOUND) Duration catchUp) {
        this.queries = queries;
        this.catchUp = catchUp;
        this.clock = clock;
        this.waits = waits;
    }

    /**
     * The totals, refused as the API refuses them (404 unknown, 403 another unit's).
     *
     * @param after the page's last known change; when given, waits (bounded) for a newer answer
     */
    public AssessmentTotalsView totals(AssessmentId id, QueryUser reader, Instant after) {
        AssessmentTotalsView view = findTotals(id);
        if (!reader.maySee(view.unitId())) {
            throw PageRefused.forbidden(ErrorCode.OTHER_UNIT.name());
        }
        return after == null ? view : waitFor(reader, view, () -> findTotals(id), v -> newer(v, after));
    }

    /** The totals once they satisfy a condition the page just brought about (bounded), refused as {@link #totals} refuses. */
    public AssessmentTotalsView totalsOnce(AssessmentId id, QueryUser reader, Predicate<AssessmentTotalsView> caughtUp) {
        return waitFor(reader, totals(id, reader, null), () -> findTotals(id), caughtUp);
    }

    public ClaimSheetView sheet(AssessmentTotalsView totals) {
        return ask(new FindClaimSheet(totals.assessmentId()), ClaimSheetView.class)
                .orElseGet(() -> new ClaimSheetView(totals.assessmentId(), totals.schemeId(), totals.unitId(),
                        null, null, null, List.of(), List.of(), List.of(), List.of()));
    }

    /**
     * The claim sheet once it shows what the page just changed (bounded): evidence decisions do not touch the
     * totals, so the totals' {@code after} cannot tell when the claim sheet has taken them in.
     */
    public ClaimSheetView sheetOnce(AssessmentTotalsView totals, QueryUser reader, Predicate<ClaimSheetView> caughtUp) {
        return waitFor(reader, sheet(totals), () -> sheet(totals), caughtUp);
    }

    /**
     * Asks again until the answer satisfies the condition or the bound has passed, if the reader gets
     * a place among the waiting reads; otherwise the first answer is the answer ({@link CatchUpWaits#await}).
     * Only for a page read without a position: one asked at a position has waited before it got here.
     */
    private <T> T waitFor(QueryUser reader, T first, Supplier<T> again, Predicate<T> caughtUp) {
        return waits.await(reader.userId().value(), first, again, caughtUp, catchUp, CatchUpWaits.Pace.COSTLY);
    }

    /** The scheme's DUPLICATE_BONUS_CLAIM findings about this assessment (the discrepancy report's reading). */
    public List<DiscrepancyView> duplicateBonusClaims(AssessmentId id) {
        return discrepancies(id)
                .map(view -> view.discrepancies().stream().filter(d -> d.kind() == DiscrepancyKind.DUPLICATE_BONUS_CLAIM).toList())
                .orElse(List.of());
    }

    /** The bonus claims as the pages list them. */
    public List<BonusClaimRow> bonusRows(AssessmentTotalsView totals, ClaimSheetView sheet) {
        return BonusClaimRow.of(totals, sheet, duplicateBonusClaims(totals.assessmentId()));
    }

    /** Whether an evidence item of the sheet satisfies a condition; false when the sheet lacks it. */
    public static boolean evidence(ClaimSheetView sheet, String evidenceId, Predicate<ClaimSheetView.EvidenceItem> condition) {
        return sheet.evidence().stream().anyMatch(e -> e.evidenceId().equals(evidenceId) && condition.test(e));
    }

    /** The report's free-text sections as last written, by kind; an unwritten section is empty. */
    public java.util.Map<ReportSectionKind, String> reportSections(AssessmentId id) {
        java.util.Map<ReportSectionKind, String> texts = new java.util.EnumMap<>(ReportSectionKind.class);
        for (ReportSectionKind kind : ReportSectionKind.values()) {
            texts.put(kind, "");
        }
        ask(new FindReportContent(id), ReportContentView.class)
                .ifPresent(content -> content.sections().forEach(section -> texts.put(section.kind(), section.text())));
        return texts;
    }

    public Optional<AssessmentDiscrepanciesView> discrepancies(AssessmentId id) {
        return ask(new FindAssessmentDiscrepancies(id), AssessmentDiscrepanciesView.class);
    }

    /** Date and minute in the zone deadlines are set in (Beijing time). */
    public String format(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant.atZone(zone()));
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public Instant now() {
        return clock.instant();
    }

    private AssessmentTotalsView findTotals(AssessmentId id) {
        return ask(new FindAssessmentTotals(id), AssessmentTotalsView.class)
                .orElseThrow(() -> PageRefused.notFound(ErrorCode.ASSESSMENT_NOT_FOUND.name()));
    }

    private static boolean newer(AssessmentTotalsView view, Instant after) {
        return view.lastChangedAt() != null && view.lastChangedAt().isAfter(after);
    }

    private <R> Optional<R> ask(Object query, Class<R> answer) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(answer)).join();
    }
}
