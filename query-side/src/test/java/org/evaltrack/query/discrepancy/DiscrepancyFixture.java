package org.evaltrack.query.discrepancy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.AssessmentOpened;
import org.evaltrack.kernel.assessment.BonusClaimId;
import org.evaltrack.kernel.assessment.BonusClaimed;
import org.evaltrack.kernel.assessment.DeclaredTotals;
import org.evaltrack.kernel.assessment.EvidenceAttached;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.assessment.ReportedFigure;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.evaltrack.kernel.assessment.SelfAssessmentSubmitted;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.CategoryAdded;
import org.evaltrack.kernel.scheme.Deadlines;
import org.evaltrack.kernel.scheme.IndicatorAdded;
import org.evaltrack.kernel.scheme.SchemeDrafted;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.SchemePublished;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.scheme.Section;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.kernel.unit.UnitKind;
import org.evaltrack.kernel.unit.UnitRegistered;

/**
 * A small published scheme that adds up (category 1: 1.1 max 6 + 1.2 max 4 = budget 10; category 2:
 * the deduction-only 2.1, max 0, floor -2 = budget 0; bonus cap 1) and a unit whose assessment can
 * be made consistent with {@link #consistentAssessment()}; each test then breaks one thing.
 */
final class DiscrepancyFixture {

    static final SchemeId SCHEME = SchemeId.of("scheme-test-2019");
    static final UnitId DONGSHAN = UnitId.of("unit-dongshan");
    static final UnitId CHANGPU = UnitId.of("unit-changpu");
    static final AssessmentId ASSESSMENT = AssessmentId.of("assessment-dongshan");
    static final AssessmentId OTHER_ASSESSMENT = AssessmentId.of("assessment-changpu");
    static final Instant EVIDENCE_DUE = Instant.parse("2020-01-15T15:59:59Z");

    private DiscrepancyFixture() {
    }

    static Score s(String value) {
        return Score.of(value);
    }

    static List<Object> publishedScheme() {
        Instant claimsDue = Instant.parse("2020-01-10T15:59:59Z");
        return List.of(
                new SchemeDrafted(SCHEME, 2019, "测试方案", "测试〔2019〕1号", "县绩效办",
                        new Deadlines(claimsDue, EVIDENCE_DUE, claimsDue.plusSeconds(86400 * 40)), s("1")),
                new CategoryAdded(SCHEME, "1", Section.COMMON, "三大攻坚战", s("10")),
                new IndicatorAdded(SCHEME, "1", "1.1", "精准脱贫", ScoringMode.STANDARD, s("6"), null, List.of(), null),
                new IndicatorAdded(SCHEME, "1", "1.2", "污染防治", ScoringMode.STANDARD, s("4"), null, List.of(), ""),
                new CategoryAdded(SCHEME, "2", Section.SPECIFIC, "高质量发展任务", s("0")),
                new IndicatorAdded(SCHEME, "2", "2.1", "全面小康", ScoringMode.DEDUCTION_ONLY, s("0"), s("-2"), List.of(), "  "),
                new SchemePublished(SCHEME, 2019, s("10"), 2, 3, Instant.parse("2019-06-01T00:00:00Z")),
                new UnitRegistered(DONGSHAN, "东山侗族乡", UnitKind.TOWNSHIP),
                new UnitRegistered(CHANGPU, "长铺子苗族侗族乡", UnitKind.TOWNSHIP));
    }

    static AssessmentOpened opened(AssessmentId assessment, UnitId unit) {
        return new AssessmentOpened(assessment, SCHEME, unit, 2019, Instant.parse("2019-12-01T00:00:00Z"));
    }

    static AssessmentOpened opened() {
        return opened(ASSESSMENT, DONGSHAN);
    }

    static ScoreClaimed claimed(String code, String score) {
        return claimed(ASSESSMENT, code, score, 1, List.of());
    }

    static ScoreClaimed claimed(AssessmentId assessment, String code, String score, int revision, List<ReportedFigure> figures) {
        boolean deduction = code.startsWith("2.");
        String max = switch (code) {
            case "1.1" -> "6";
            case "1.2" -> "4";
            default -> "0";
        };
        return new ScoreClaimed(assessment, SCHEME, assessment.equals(ASSESSMENT) ? DONGSHAN : CHANGPU, code,
                revision == 1 ? null : s("0"), s(score), s(max),
                deduction ? ScoringMode.DEDUCTION_ONLY : ScoringMode.STANDARD, "narrative", figures, revision);
    }

    static ReportedFigure figure(String name, String value, String unit) {
        return new ReportedFigure(name, new BigDecimal(value), unit);
    }

    static EvidenceAttached evidence(String evidenceId, String indicatorCode, Instant receivedAt) {
        return new EvidenceAttached(ASSESSMENT, DONGSHAN, EvidenceId.of(evidenceId), evidenceId + ".pdf", "application/pdf",
                1024, "ab".repeat(32), Set.of(indicatorCode), Set.of(), receivedAt, null, EVIDENCE_DUE,
                receivedAt.isAfter(EVIDENCE_DUE));
    }

    static BonusClaimed bonus(String id, String title, String points, String duplicateOf) {
        return new BonusClaimed(ASSESSMENT, BonusClaimId.of(id), BonusLevel.CENTRAL_MEDIA, title, title.strip(), "中央主流媒体",
                LocalDate.of(2019, 10, 1), s(points), Set.of(), duplicateOf == null ? null : BonusClaimId.of(duplicateOf));
    }

    static SelfAssessmentSubmitted submitted(String base, String bonus, String total) {
        return new SelfAssessmentSubmitted(ASSESSMENT, SCHEME, DONGSHAN, new DeclaredTotals(s(base), s(bonus), s(total)),
                s(base), s(bonus), Instant.parse("2020-01-09T00:00:00Z"));
    }

    /** Claims 6 + 4 + 0 with on-time evidence for both positive claims, one bonus of 0.5, declared 10 / 0.5 / 10.5. */
    static List<Object> consistentAssessment() {
        Instant onTime = Instant.parse("2020-01-06T00:00:00Z");
        return List.of(
                opened(),
                claimed("1.1", "6"),
                claimed("1.2", "4"),
                claimed("2.1", "0"),
                evidence("evidence-1", "1.1", onTime),
                evidence("evidence-2", "1.2", onTime),
                bonus("bonus-1", "《东山乡：亮出公开承诺》", "0.5", null),
                submitted("10", "0.5", "10.5"));
    }
}
