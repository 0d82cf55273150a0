package org.evaltrack.query.discrepancy;

import static org.evaltrack.kernel.query.discrepancy.DiscrepancyKind.ASSUMED_VALUE;
import static org.evaltrack.kernel.query.discrepancy.DiscrepancyKind.CATEGORY_BUDGET_MISMATCH;
import static org.evaltrack.kernel.query.discrepancy.DiscrepancyKind.CLAIM_ABOVE_MAX;
import static org.evaltrack.kernel.query.discrepancy.DiscrepancyKind.CLAIM_BELOW_FLOOR;
import static org.evaltrack.kernel.query.discrepancy.DiscrepancyKind.CLAIM_MISSING_AT_SUBMISSION;
import static org.evaltrack.kernel.query.discrepancy.DiscrepancyKind.CLAIM_WITHOUT_EVIDENCE;
import static org.evaltrack.kernel.query.discrepancy.DiscrepancyKind.DECLARED_BASE_MISMATCH;
import static org.evaltrack.kernel.query.discrepancy.DiscrepancyKind.DECLARED_BONUS_NOT_CLAIMED_SUM;
import static org.evaltrack.kernel.query.discrepancy.DiscrepancyKind.DECLARED_BONUS_NOT_VERIFIED;
import static org.evaltrack.kernel.query.discrepancy.DiscrepancyKind.DECLARED_TOTAL_MISMATCH;
import static org.evaltrack.kernel.query.discrepancy.DiscrepancyKind.DECLARED_TOTAL_NOT_SUM_OF_PARTS;
import static org.evaltrack.kernel.query.discrepancy.DiscrepancyKind.DUPLICATE_BONUS_CLAIM;
import static org.evaltrack.kernel.query.discrepancy.DiscrepancyKind.LATE_EVIDENCE;
import static org.evaltrack.kernel.query.discrepancy.DiscrepancyKind.MISSING_CLAIM;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.query.discrepancy.DiscrepancySeverity;
import org.evaltrack.kernel.query.discrepancy.DiscrepancySubject;
import org.evaltrack.kernel.query.discrepancy.SubjectType;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.totals.ScoredItem;
import org.evaltrack.kernel.totals.Totals;
import org.evaltrack.kernel.totals.TotalsArithmetic;
import org.evaltrack.kernel.totals.TotalsInput;

/**
 * Computes what does not add up from the facts alone. No rule knows any scheme, unit or indicator
 * by name: the reference case's inconsistencies surface because its data has them.
 */
final class DiscrepancyRules {

    static final String NONE = "—";

    private DiscrepancyRules() {
    }

    // ---- the scheme --------------------------------------------------------------------------

    static List<Finding> ofScheme(SchemeFacts scheme) {
        List<Finding> findings = new ArrayList<>();
        Map<String, List<IndicatorFactsRecord>> byCategory = scheme.indicators().stream()
                .collect(Collectors.groupingBy(i -> i.categoryCode));
        for (CategoryFactsRecord category : scheme.categories()) {
            List<IndicatorFactsRecord> indicators = byCategory.getOrDefault(category.code(), List.of());
            BigDecimal sumOfMaxima = indicators.stream().map(i -> i.maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (category.budget.compareTo(sumOfMaxima) != 0) {
                List<String> events = new ArrayList<>(List.of(category.budgetEventId));
                indicators.forEach(i -> events.add(i.maxEventId));
                findings.add(Finding.of(CATEGORY_BUDGET_MISMATCH,
                        new DiscrepancySubject(SubjectType.CATEGORY, category.code(), category.name),
                        points(category.budget), points(sumOfMaxima),
                        List.of(category.name, category.code(), points(category.budget), points(sumOfMaxima),
                                String.valueOf(indicators.size())),
                        events));
            }
        }
        for (IndicatorFactsRecord indicator : scheme.indicators()) {
            if (indicator.assumption != null) {
                findings.add(Finding.of(ASSUMED_VALUE, indicatorSubject(indicator), NONE, points(indicator.maxPoints),
                        List.of(indicator.name, indicator.code(), points(indicator.maxPoints), indicator.assumption),
                        List.of(indicator.addedEventId, indicator.maxEventId)));
            }
        }
        return findings;
    }

    // ---- one assessment ----------------------------------------------------------------------

    static List<Finding> ofAssessment(SchemeFacts scheme, AssessmentFacts facts) {
        List<Finding> findings = new ArrayList<>();
        findings.addAll(totals(scheme, facts));
        findings.addAll(claims(scheme, facts));
        findings.addAll(duplicateBonusClaims(facts));
        findings.addAll(lateEvidence(facts));
        findings.addAll(FigureComparison.conflicts(facts.figures()));
        return findings;
    }

    private static List<Finding> totals(SchemeFacts scheme, AssessmentFacts facts) {
        AssessmentFactsRecord assessment = facts.assessment();
        if (!assessment.declared()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        DiscrepancySubject totals = new DiscrepancySubject(SubjectType.TOTALS, assessment.assessmentId, facts.unitName());
        String submitted = assessment.submittedEventId;

        // the kernel's arithmetic, once over the verdicts and once over the unit's own bonus claims
        List<ScoredItem> items = facts.claims().stream()
                .map(c -> new ScoredItem(c.indicatorCode(), null, score(c.effectiveScore))).toList();
        Score cap = score(scheme.scheme().bonusCap);
        Totals reviewed = TotalsArithmetic.compute(new TotalsInput(items, List.of(), facts.bonusClaims().stream()
                .filter(b -> b.status == BonusClaimFactsRecord.Decision.VERIFIED)
                .map(b -> score(b.awardedPoints)).toList(), cap, false));
        Totals asClaimed = TotalsArithmetic.compute(new TotalsInput(items, List.of(), facts.bonusClaims().stream()
                .map(b -> score(b.points)).toList(), cap, false));
        BigDecimal computedBase = reviewed.base().value();
        BigDecimal claimedBonus = asClaimed.verifiedBonus().value();
        // capped: what the declared bonus is held against once the reviewer has decided
        BigDecimal bonus = reviewed.bonus().value();
        boolean bonusReviewed = assessment.status == AssessmentStatus.FINALIZED || (!facts.bonusClaims().isEmpty()
                && facts.bonusClaims().stream().noneMatch(b -> b.status == BonusClaimFactsRecord.Decision.PENDING));

        List<String> scoreEvents = new ArrayList<>(List.of(submitted));
        facts.claims().forEach(c -> {
            scoreEvents.add(c.claimEventId);
            scoreEvents.add(c.adjustEventId);
        });
        List<String> bonusClaimEvents = new ArrayList<>(List.of(submitted));
        facts.bonusClaims().forEach(b -> bonusClaimEvents.add(b.claimEventId));
        List<String> bonusDecisionEvents = new ArrayList<>(List.of(submitted));
        facts.bonusClaims().forEach(b -> bonusDecisionEvents.add(b.decisionEventId));
        bonusDecisionEvents.add(assessment.finalizedEventId);

        if (assessment.declaredBase.compareTo(computedBase) != 0) {
            findings.add(Finding.of(DECLARED_BASE_MISMATCH, totals, points(computedBase), points(assessment.declaredBase),
                    List.of(points(assessment.declaredBase), points(computedBase), String.valueOf(countClaimed(facts))),
                    scoreEvents));
        }
        if (assessment.declaredBonus.compareTo(claimedBonus) != 0) {
            findings.add(Finding.of(DECLARED_BONUS_NOT_CLAIMED_SUM, totals, points(claimedBonus), points(assessment.declaredBonus),
                    List.of(points(assessment.declaredBonus), points(claimedBonus), String.valueOf(facts.bonusClaims().size())),
                    bonusClaimEvents));
        }
        if (bonusReviewed && assessment.declaredBonus.compareTo(bonus) != 0) {
            findings.add(Finding.of(DECLARED_BONUS_NOT_VERIFIED, totals, points(bonus), points(assessment.declaredBonus),
                    List.of(points(assessment.declaredBonus), points(bonus), capText(scheme.scheme().bonusCap)),
                    bonusDecisionEvents));
        }
        // Before the bonus review the unit's own claims are the best computation of its bonus; after it, the verdicts are.
        Totals counted = bonusReviewed ? reviewed : asClaimed;
        BigDecimal bonusForTotal = counted.bonus().value();
        BigDecimal computedTotal = counted.total().value();
        if (assessment.declaredTotal.compareTo(computedTotal) != 0) {
            List<String> events = new ArrayList<>(scoreEvents);
            events.addAll(bonusReviewed ? bonusDecisionEvents : bonusClaimEvents);
            findings.add(Finding.of(DECLARED_TOTAL_MISMATCH, totals, points(computedTotal), points(assessment.declaredTotal),
                            List.of(points(assessment.declaredTotal), points(computedTotal), points(computedBase), points(bonusForTotal)),
                            events)
                    .withMessageVariant(bonusReviewed ? "verified" : "claimed"));
        }
        BigDecimal declaredSum = assessment.declaredBase.add(assessment.declaredBonus);
        if (declaredSum.compareTo(assessment.declaredTotal) != 0) {
            findings.add(Finding.of(DECLARED_TOTAL_NOT_SUM_OF_PARTS, totals, points(declaredSum), points(assessment.declaredTotal),
                    List.of(points(assessment.declaredTotal), points(assessment.declaredBase), points(assessment.declaredBonus),
                            points(declaredSum)),
                    List.of(submitted)));
        }
        return findings;
    }

    private static List<Finding> claims(SchemeFacts scheme, AssessmentFacts facts) {
        AssessmentFactsRecord assessment = facts.assessment();
        Map<String, ClaimFactsRecord> claims = facts.claims().stream()
                .collect(Collectors.toMap(ClaimFactsRecord::indicatorCode, Function.identity()));
        Map<String, EvidenceFactsRecord> evidence = facts.evidence().stream()
                .collect(Collectors.toMap(EvidenceFactsRecord::evidenceId, Function.identity()));
        Set<String> indicatorsWithActiveEvidence = facts.links().stream()
                .filter(link -> evidence.containsKey(link.id.evidenceId()) && evidence.get(link.id.evidenceId()).active)
                .map(link -> link.id.indicatorCode())
                .collect(Collectors.toSet());

        List<Finding> findings = new ArrayList<>();
        for (IndicatorFactsRecord indicator : scheme.indicators()) {
            ClaimFactsRecord claim = claims.get(indicator.code());
            DiscrepancySubject subject = indicatorSubject(indicator);
            String range = range(indicator);
            if (claim == null || !claim.isClaimed()) {
                findings.add(Finding.of(MISSING_CLAIM, subject, range, NONE,
                                List.of(indicator.name, indicator.code(), range),
                                Stream.of(assessment.openedEventId, indicator.addedEventId, assessment.submittedEventId,
                                        claim == null ? null : claim.adjustEventId).toList())
                        .withMessageVariant(assessment.declared() ? "submitted" : "open"));
                continue;
            }
            String claimed = points(claim.claimedScore);
            if (assessment.submittedAt != null && claim.firstClaimedAt.isAfter(assessment.submittedAt)) {
                findings.add(Finding.of(CLAIM_MISSING_AT_SUBMISSION, subject, range, NONE,
                        List.of(indicator.name, indicator.code(), instant(assessment.submittedAt), instant(claim.firstClaimedAt)),
                        List.of(assessment.submittedEventId, claim.claimEventId)));
            }
            if (claim.claimedScore.compareTo(indicator.maxPoints) > 0) {
                findings.add(Finding.of(CLAIM_ABOVE_MAX, subject, points(indicator.maxPoints), claimed,
                        List.of(indicator.name, indicator.code(), claimed, points(indicator.maxPoints)),
                        List.of(claim.claimEventId, indicator.maxEventId)));
            }
            if (indicator.floor != null && claim.claimedScore.compareTo(indicator.floor) < 0) {
                findings.add(Finding.of(CLAIM_BELOW_FLOOR, subject, points(indicator.floor), claimed,
                        List.of(indicator.name, indicator.code(), claimed, points(indicator.floor)),
                        List.of(claim.claimEventId, indicator.maxEventId)));
            }
            if (claim.claimedScore.signum() > 0 && !indicatorsWithActiveEvidence.contains(indicator.code())) {
                findings.add(Finding.of(CLAIM_WITHOUT_EVIDENCE, subject, "≥ 1", "0",
                        List.of(indicator.name, indicator.code(), claimed),
                        List.of(claim.claimEventId)));
            }
        }
        return findings;
    }

    private static List<Finding> duplicateBonusClaims(AssessmentFacts facts) {
        Map<String, BonusClaimFactsRecord> byId = facts.bonusClaims().stream()
                .collect(Collectors.toMap(BonusClaimFactsRecord::bonusClaimId, Function.identity()));
        List<Finding> findings = new ArrayList<>();
        for (BonusClaimFactsRecord duplicate : facts.bonusClaims()) {
            if (duplicate.duplicateOf == null) {
                continue;
            }
            BonusClaimFactsRecord original = byId.get(duplicate.duplicateOf);
            String originalTitle = original == null ? duplicate.duplicateOf : original.title;
            Finding finding = Finding.of(DUPLICATE_BONUS_CLAIM,
                    new DiscrepancySubject(SubjectType.BONUS_CLAIM, duplicate.bonusClaimId(), duplicate.title),
                    // Titles of duplicates are often identical, so each side names its claim too.
                    duplicate.duplicateOf + " " + originalTitle, duplicate.bonusClaimId() + " " + duplicate.title,
                    List.of(duplicate.title, duplicate.bonusClaimId(), originalTitle, duplicate.duplicateOf, points(duplicate.points)),
                    Stream.of(original == null ? null : original.claimEventId, duplicate.claimEventId, duplicate.decisionEventId).toList());
            // Once a reviewer has rejected the repeat it no longer counts; it stays listed because the report still contains it.
            findings.add(duplicate.status == BonusClaimFactsRecord.Decision.REJECTED
                    ? finding.withSeverity(DiscrepancySeverity.INFO).withMessageVariant("rejected") : finding);
        }
        return findings;
    }

    private static List<Finding> lateEvidence(AssessmentFacts facts) {
        List<Finding> findings = new ArrayList<>();
        for (EvidenceFactsRecord evidence : facts.evidence()) {
            if (!evidence.active || !evidence.late) {
                continue;
            }
            boolean captureAccepted = !evidence.lateEventId.equals(evidence.attachedEventId);
            Instant counted = captureAccepted ? evidence.capturedAt : evidence.receivedAt;
            String due = evidence.evidenceDue == null ? NONE : instant(evidence.evidenceDue);
            findings.add(Finding.of(LATE_EVIDENCE,
                            new DiscrepancySubject(SubjectType.EVIDENCE, evidence.evidenceId(), evidence.fileName),
                            due, instant(counted), List.of(evidence.fileName, evidence.evidenceId(), instant(counted), due),
                            List.of(evidence.attachedEventId, evidence.lateEventId))
                    .withMessageVariant(captureAccepted ? "captured" : "received"));
        }
        return findings;
    }

    // ---- formatting --------------------------------------------------------------------------

    private static long countClaimed(AssessmentFacts facts) {
        return facts.claims().stream().filter(ClaimFactsRecord::isClaimed).count();
    }

    private static DiscrepancySubject indicatorSubject(IndicatorFactsRecord indicator) {
        return new DiscrepancySubject(SubjectType.INDICATOR, indicator.code(), indicator.name);
    }

    private static String range(IndicatorFactsRecord indicator) {
        BigDecimal low = indicator.floor != null ? indicator.floor : BigDecimal.ZERO;
        return points(low.min(indicator.maxPoints)) + " … " + points(indicator.maxPoints);
    }

    private static Score score(BigDecimal value) {
        return value == null ? null : Score.of(value);
    }

    /** A scheme without a cap has none to quote. */
    private static String capText(BigDecimal cap) {
        return cap == null ? "—" : points(cap);
    }

    static String points(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String instant(Instant at) {
        return at == null ? NONE : at.toString();
    }
}
