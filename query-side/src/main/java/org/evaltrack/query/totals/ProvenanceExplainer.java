package org.evaltrack.query.totals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.evaltrack.kernel.query.totals.AssessmentTotalsView;
import org.evaltrack.kernel.query.totals.CategorySubtotalView;
import org.evaltrack.kernel.query.totals.IndicatorTotalsView;
import org.evaltrack.kernel.query.totals.ProvenanceEntry;
import org.evaltrack.kernel.query.totals.ProvenanceView;
import org.evaltrack.kernel.query.totals.ScorePart;
import org.evaltrack.kernel.score.Score;

/**
 * Explains one figure of an assessment's totals by the events behind it (得分反查): the history
 * rows of the items that make up the figure, oldest first, each with actor, time, reason and
 * before → after; for a category or an indicator also the budget or maximum changes, for the bonus and the
 * total the bonus cap's revisions.
 */
final class ProvenanceExplainer {

    private final TotalsReader reader;
    private final SchemeShape scheme;
    private final AssessmentTotalsView totals;
    private final Instant asOf;

    ProvenanceExplainer(TotalsReader reader, SchemeShape scheme, AssessmentTotalsView totals, Instant asOf) {
        this.reader = reader;
        this.scheme = scheme;
        this.totals = totals;
        this.asOf = asOf;
    }

    ProvenanceView explain(ScorePart part, String code) {
        String assessmentId = totals.assessmentId().value();
        String schemeId = scheme.schemeId();
        return switch (part) {
            case TOTAL -> view(part, code, totals.total(), note(true, true),
                    reader.history(assessmentId, List.of(ItemPart.INDICATOR, ItemPart.BONUS, ItemPart.VETO), null, asOf),
                    bonusCapRevisions(schemeId));
            case BASE -> view(part, code, totals.base(), null,
                    reader.history(assessmentId, List.of(ItemPart.INDICATOR), null, asOf), List.of());
            case BONUS -> view(part, code, totals.bonus(), note(true, false),
                    reader.history(assessmentId, List.of(ItemPart.BONUS), null, asOf), bonusCapRevisions(schemeId));
            case CATEGORY -> {
                CategorySubtotalView category = totals.categories().stream()
                        .filter(c -> c.categoryCode().equals(code)).findFirst().orElse(null);
                if (category == null) {
                    yield notFound(part, code);
                }
                List<String> indicators = scheme.indicatorCodesOf(code);
                List<SchemeChangeRecord> schemeChanges = Stream.concat(
                        reader.schemeHistory(schemeId, SchemeChangeRecord.CATEGORY, List.of(code), asOf).stream(),
                        reader.schemeHistory(schemeId, SchemeChangeRecord.INDICATOR, indicators, asOf).stream()).toList();
                yield view(part, code, category.subtotal(), null,
                        reader.history(assessmentId, List.of(ItemPart.INDICATOR), indicators, asOf), schemeChanges);
            }
            case INDICATOR -> {
                IndicatorTotalsView indicator = totals.indicators().stream()
                        .filter(i -> i.indicatorCode().equals(code)).findFirst().orElse(null);
                if (indicator == null) {
                    yield notFound(part, code);
                }
                yield view(part, code, indicator.effectiveScore(), null,
                        reader.history(assessmentId, List.of(ItemPart.INDICATOR), List.of(code), asOf),
                        reader.schemeHistory(schemeId, SchemeChangeRecord.INDICATOR, List.of(code), asOf));
            }
        };
    }

    /** The cap limits the bonus counted, so its revisions explain the bonus and the total. */
    private List<SchemeChangeRecord> bonusCapRevisions(String schemeId) {
        return reader.schemeHistory(schemeId, SchemeChangeRecord.SCHEME, List.of(SchemeChangeRecord.BONUS_CAP), asOf);
    }

    private ProvenanceView notFound(ScorePart part, String code) {
        return new ProvenanceView(totals.assessmentId(), totals.unitId(), part, code, asOf, false, null, null, List.of());
    }

    private String note(boolean bonus, boolean veto) {
        List<String> notes = new ArrayList<>();
        if (bonus && totals.bonusCapReached()) {
            notes.add("bonus capped at " + totals.bonusCap() + " (verified " + totals.verifiedBonus() + ") / 加分封顶 "
                    + totals.bonusCap() + "（核定 " + totals.verifiedBonus() + "）");
        }
        if (veto && totals.vetoed()) {
            notes.add("vetoed: unranked, listed last / 一票否决：不参与排名");
        }
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    private ProvenanceView view(ScorePart part, String code, Score value, String note, List<ScoreChangeRecord> changes,
                                List<SchemeChangeRecord> schemeChanges) {
        Set<String> userIds = new HashSet<>();
        changes.forEach(c -> addIfPresent(userIds, c.state().actorId()));
        schemeChanges.forEach(c -> addIfPresent(userIds, c.actorId()));
        Map<String, String> names = reader.displayNames(userIds);

        // The latest row per item is the one whose value counts at the instant asked for.
        Map<String, String> latestPerItem = new HashMap<>();
        changes.forEach(c -> latestPerItem.put(c.itemKey(), c.state().eventId()));
        Map<String, String> latestPerSchemeItem = new HashMap<>();
        schemeChanges.forEach(c -> latestPerSchemeItem.merge(c.itemKind() + ":" + c.itemCode(), c.eventId(),
                (earlier, later) -> later));

        List<Sortable> entries = new ArrayList<>();
        for (ScoreChangeRecord change : changes) {
            ItemState s = change.state();
            entries.add(new Sortable(s.occurredAt(), s.eventSeq(), new ProvenanceEntry(s.eventId(), s.kind(), s.occurredAt(),
                    s.actorId(), name(names, s.actorId()), s.actorRole(), s.correlationId(), s.itemCode(), s.reason(),
                    TotalsCalculator.score(s.valueBefore()), TotalsCalculator.score(s.effectiveValue()),
                    TotalsCalculator.score(s.claimedValue()), s.state(),
                    s.eventId().equals(latestPerItem.get(change.itemKey())), s.afterTheFact())));
        }
        for (SchemeChangeRecord change : schemeChanges) {
            entries.add(new Sortable(change.occurredAt(), change.eventSeq(), new ProvenanceEntry(change.eventId(), change.kind(),
                    change.occurredAt(), change.actorId(), name(names, change.actorId()), change.actorRole(),
                    change.correlationId(), change.itemCode(), change.reason(), TotalsCalculator.score(change.valueBefore()),
                    TotalsCalculator.score(change.valueAfter()), null, null,
                    change.eventId().equals(latestPerSchemeItem.get(change.itemKind() + ":" + change.itemCode())))));
        }
        // Scheme and assessment events come from different aggregates: time orders them, sequence only within one.
        entries.sort(Comparator.comparing(Sortable::at).thenComparingLong(Sortable::sequence));
        return new ProvenanceView(totals.assessmentId(), totals.unitId(), part, code, asOf, true, value, note,
                entries.stream().map(Sortable::entry).toList());
    }

    private static void addIfPresent(Set<String> ids, String id) {
        if (id != null) {
            ids.add(id);
        }
    }

    private static String name(Map<String, String> names, String userId) {
        return userId == null ? null : names.get(userId);
    }

    private record Sortable(Instant at, long sequence, ProvenanceEntry entry) {
    }
}
