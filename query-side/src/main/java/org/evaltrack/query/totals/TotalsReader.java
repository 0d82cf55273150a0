package org.evaltrack.query.totals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * Reads the totals tables. "Now" comes from the current rows; "as of" from the history, as the
 * latest row per item at or before the instant: one query over the (assessment, item, time)
 * index, whatever the length of the history. Nothing here reads the event store.
 */
@Component
class TotalsReader {

    private static final String LATEST_ITEMS_AS_OF = "select " + ScoreChangeRecord.COLUMNS + " from ("
            + " select c.*, row_number() over (partition by c.assessment_id, c.item_key"
            + " order by c.occurred_at desc, c.event_seq desc) as rn"
            + " from totals_score_change c where c.assessment_id in (:ids) and c.occurred_at <= :asOf) x"
            + " where x.rn = 1";

    private static final String LATEST_SCHEME_VALUES_AS_OF = "select item_kind, item_code, value_after from ("
            + " select c.item_kind, c.item_code, c.value_after, row_number() over (partition by c.item_kind, c.item_code"
            + " order by c.occurred_at desc, c.event_seq desc) as rn"
            + " from totals_scheme_change c where c.scheme_id = :scheme and c.occurred_at <= :asOf) x"
            + " where x.rn = 1";

    private final EntityManager entityManager;

    TotalsReader(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The assessment, if it existed at {@code asOf} (null: now). */
    Optional<AssessmentRecord> assessment(String assessmentId, Instant asOf) {
        return Optional.ofNullable(entityManager.find(AssessmentRecord.class, assessmentId))
                .filter(a -> asOf == null || !a.openedAt().isAfter(asOf));
    }

    List<AssessmentRecord> assessmentsOfScheme(String schemeId, Instant asOf) {
        var query = entityManager.createQuery("select a from TotalsAssessmentRecord a where a.schemeId = :scheme"
                        + (asOf == null ? "" : " and a.openedAt <= :asOf"), AssessmentRecord.class)
                .setParameter("scheme", schemeId);
        if (asOf != null) {
            query.setParameter("asOf", asOf);
        }
        return query.getResultList();
    }

    Optional<SchemeShape> scheme(String schemeId, Instant asOf) {
        SchemeRecord scheme = entityManager.find(SchemeRecord.class, schemeId);
        if (scheme == null) {
            return Optional.empty();
        }
        List<CategoryRecord> categories = entityManager.createQuery(
                        "select c from TotalsCategoryRecord c where c.id.schemeId = :scheme", CategoryRecord.class)
                .setParameter("scheme", schemeId).getResultList();
        List<IndicatorRecord> indicators = entityManager.createQuery(
                        "select i from TotalsIndicatorRecord i where i.id.schemeId = :scheme", IndicatorRecord.class)
                .setParameter("scheme", schemeId).getResultList();
        Map<String, BigDecimal> valuesAsOf = asOf == null ? null : schemeValuesAsOf(schemeId, asOf);
        List<SchemeShape.Category> categoryShapes = categories.stream()
                .sorted(Comparator.comparingInt(CategoryRecord::sortOrder))
                .filter(c -> valuesAsOf == null || valuesAsOf.containsKey(SchemeChangeRecord.CATEGORY + ":" + c.categoryCode()))
                .map(c -> new SchemeShape.Category(c.categoryCode(), c.name(), c.section(),
                        valuesAsOf == null ? c.budget() : valuesAsOf.get(SchemeChangeRecord.CATEGORY + ":" + c.categoryCode())))
                .toList();
        List<SchemeShape.Indicator> indicatorShapes = indicators.stream()
                .sorted(Comparator.comparingInt(IndicatorRecord::sortOrder))
                .filter(i -> valuesAsOf == null || valuesAsOf.containsKey(SchemeChangeRecord.INDICATOR + ":" + i.indicatorCode()))
                .map(i -> new SchemeShape.Indicator(i.indicatorCode(), i.categoryCode(), i.name(),
                        valuesAsOf == null ? i.maxPoints() : valuesAsOf.get(SchemeChangeRecord.INDICATOR + ":" + i.indicatorCode()),
                        i.scoringMode(), i.floor()))
                .toList();
        BigDecimal cap = valuesAsOf == null ? scheme.bonusCap() : bonusCapAsOf(schemeId, asOf, valuesAsOf, scheme.bonusCap());
        return Optional.of(new SchemeShape(schemeId, scheme.title(), cap, categoryShapes, indicatorShapes));
    }

    /**
     * The cap in force at {@code asOf}: the last revision's by then, else the one the first later revision
     * replaced, else today's (never revised). A lifted cap is null.
     */
    private BigDecimal bonusCapAsOf(String schemeId, Instant asOf, Map<String, BigDecimal> valuesAsOf, BigDecimal current) {
        String key = SchemeChangeRecord.SCHEME + ":" + SchemeChangeRecord.BONUS_CAP;
        if (valuesAsOf.containsKey(key)) {
            return valuesAsOf.get(key);
        }
        List<SchemeChangeRecord> later = entityManager.createQuery("select c from TotalsSchemeChangeRecord c"
                        + " where c.schemeId = :scheme and c.itemKind = :kind and c.itemCode = :code and c.occurredAt > :asOf"
                        + " order by c.occurredAt, c.eventSeq", SchemeChangeRecord.class)
                .setParameter("scheme", schemeId)
                .setParameter("kind", SchemeChangeRecord.SCHEME)
                .setParameter("code", SchemeChangeRecord.BONUS_CAP)
                .setParameter("asOf", asOf)
                .setMaxResults(1)
                .getResultList();
        return later.isEmpty() ? current : later.get(0).valueBefore();
    }

    private Map<String, BigDecimal> schemeValuesAsOf(String schemeId, Instant asOf) {
        List<?> rows = entityManager.createNativeQuery(LATEST_SCHEME_VALUES_AS_OF)
                .setParameter("scheme", schemeId)
                .setParameter("asOf", asOf)
                .getResultList();
        Map<String, BigDecimal> values = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            values.put(columns[0] + ":" + columns[1], (BigDecimal) columns[2]);
        }
        return values;
    }

    /** The state of every item of these assessments at {@code asOf} (null: now), grouped by assessment. */
    @SuppressWarnings("unchecked")
    Map<String, List<ItemState>> items(Collection<String> assessmentIds, Instant asOf) {
        if (assessmentIds.isEmpty()) {
            return Map.of();
        }
        if (asOf == null) {
            return entityManager.createQuery("select c from TotalsCurrentItemRecord c where c.id.assessmentId in :ids",
                            CurrentItemRecord.class)
                    .setParameter("ids", assessmentIds)
                    .getResultStream()
                    .collect(Collectors.groupingBy(CurrentItemRecord::assessmentId,
                            Collectors.mapping(CurrentItemRecord::state, Collectors.toList())));
        }
        List<ScoreChangeRecord> rows = entityManager.createNativeQuery(LATEST_ITEMS_AS_OF, ScoreChangeRecord.class)
                .setParameter("ids", assessmentIds)
                .setParameter("asOf", asOf)
                .getResultList();
        return rows.stream().collect(Collectors.groupingBy(ScoreChangeRecord::assessmentId,
                Collectors.mapping(ScoreChangeRecord::state, Collectors.toList())));
    }

    /** An assessment's changes of the given parts (and item codes, if any) up to {@code asOf}, oldest first. */
    List<ScoreChangeRecord> history(String assessmentId, Collection<ItemPart> parts, Collection<String> codes, Instant asOf) {
        var query = entityManager.createQuery("select c from TotalsScoreChangeRecord c where c.assessmentId = :id"
                        + " and c.state.part in :parts"
                        + (codes == null ? "" : " and c.state.itemCode in :codes")
                        + (asOf == null ? "" : " and c.state.occurredAt <= :asOf")
                        + " order by c.state.occurredAt, c.state.eventSeq", ScoreChangeRecord.class)
                .setParameter("id", assessmentId)
                .setParameter("parts", parts);
        if (codes != null) {
            query.setParameter("codes", codes.isEmpty() ? List.of("") : codes);
        }
        if (asOf != null) {
            query.setParameter("asOf", asOf);
        }
        return query.getResultList();
    }

    /**
     * Revisions of these budgets, maxima or the bonus cap up to {@code asOf}, oldest first. The values they were
     * added with are left out: those are in the totals already and were no one's change.
     */
    List<SchemeChangeRecord> schemeHistory(String schemeId, String itemKind, Collection<String> codes, Instant asOf) {
        if (codes.isEmpty()) {
            return List.of();
        }
        var query = entityManager.createQuery("select c from TotalsSchemeChangeRecord c where c.schemeId = :scheme"
                        + " and c.itemKind = :kind and c.itemCode in :codes and c.kind in :revisions"
                        + (asOf == null ? "" : " and c.occurredAt <= :asOf")
                        + " order by c.occurredAt, c.eventSeq", SchemeChangeRecord.class)
                .setParameter("scheme", schemeId)
                .setParameter("kind", itemKind)
                .setParameter("codes", codes)
                .setParameter("revisions", List.of(SchemeChangeRecord.BUDGET_REVISED, SchemeChangeRecord.MAXIMUM_REVISED,
                        SchemeChangeRecord.BONUS_CAP_REVISED));
        if (asOf != null) {
            query.setParameter("asOf", asOf);
        }
        return query.getResultList();
    }

    /** Evidence counts of these assessments by assessment, then indicator code; now only (evidence has no history). */
    Map<String, Map<String, EvidenceCountRecord>> evidence(Collection<String> assessmentIds) {
        if (assessmentIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select e from TotalsEvidenceCountRecord e where e.id.assessmentId in :ids",
                        EvidenceCountRecord.class)
                .setParameter("ids", assessmentIds)
                .getResultStream()
                .collect(Collectors.groupingBy(EvidenceCountRecord::assessmentId,
                        Collectors.toMap(EvidenceCountRecord::indicatorCode, e -> e)));
    }

    Map<String, String> unitNames(Collection<String> unitIds) {
        if (unitIds.isEmpty()) {
            return Map.of();
        }
        return entityManager.createQuery("select u from TotalsUnitRecord u where u.unitId in :ids", UnitRecord.class)
                .setParameter("ids", unitIds)
                .getResultStream()
                .collect(Collectors.toMap(UnitRecord::unitId, UnitRecord::name));
    }

    /** Display names live in the accounts the command side keeps; events carry user ids only. */
    Map<String, String> displayNames(Collection<String> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        List<?> rows = entityManager.createNativeQuery("select user_id, display_name from account where user_id in (:ids)")
                .setParameter("ids", userIds)
                .getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .collect(Collectors.toMap(r -> (String) r[0], r -> (String) r[1], (a, b) -> a));
    }
}
