package org.evaltrack.query.totals;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.AssessmentOpened;
import org.evaltrack.kernel.assessment.BonusClaimId;
import org.evaltrack.kernel.assessment.BonusClaimed;
import org.evaltrack.kernel.assessment.EvidenceAttached;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.BonusRuleDefined;
import org.evaltrack.kernel.scheme.CategoryAdded;
import org.evaltrack.kernel.scheme.Deadlines;
import org.evaltrack.kernel.scheme.IndicatorAdded;
import org.evaltrack.kernel.scheme.SchemeDrafted;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.SchemePublished;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.scheme.Section;
import org.evaltrack.kernel.scheme.SubItem;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.kernel.unit.UnitKind;
import org.evaltrack.kernel.unit.UnitRegistered;

/** A small published scheme (two categories, three indicators, one deduction-only) and its units. */
final class ScorecardFixture {

    static final SchemeId SCHEME = SchemeId.of("scheme-2019");
    static final UnitId DONGSHAN = UnitId.of("unit-dongshan");
    static final UnitId CHANGPU = UnitId.of("unit-changpu");
    static final AssessmentId ASSESSMENT = AssessmentId.of("assessment-dongshan");
    static final AssessmentId OTHER_ASSESSMENT = AssessmentId.of("assessment-changpu");

    private ScorecardFixture() {
    }

    static Score s(String value) {
        return Score.of(value);
    }

    static List<Object> publishedScheme(String bonusCap) {
        Instant due = Instant.parse("2020-01-10T15:59:59Z");
        return List.of(
                new SchemeDrafted(SCHEME, 2019, "2019年绥宁县重点工作绩效评估改革方案", "绥办发〔2019〕54号", "中共绥宁县委办公室",
                        new Deadlines(due, due.plusSeconds(86400 * 5), due.plusSeconds(86400 * 40)), s(bonusCap)),
                new CategoryAdded(SCHEME, "1.1", Section.COMMON, "三大攻坚战", s("20")),
                new CategoryAdded(SCHEME, "2.1", Section.SPECIFIC, "高质量发展任务", s("5")),
                new IndicatorAdded(SCHEME, "1.1", "1.1.1", "精准脱贫", ScoringMode.STANDARD, s("15"), null, List.of(), null),
                new IndicatorAdded(SCHEME, "1.1", "1.1.2", "防范化解重大风险", ScoringMode.STANDARD, s("5"), null,
                        List.of(new SubItem("1.1.2.1", "债务控制"), new SubItem("1.1.2.2", "治欠保支")), null),
                new IndicatorAdded(SCHEME, "2.1", "2.1.2", "全面小康", ScoringMode.DEDUCTION_ONLY, s("0"), s("-2"), List.of(),
                        "deduction-only; floor assumed"),
                new BonusRuleDefined(SCHEME, BonusLevel.CENTRAL_MEDIA, "中央主流媒体推介", s("0.5")),
                new SchemePublished(SCHEME, 2019, s("20"), 2, 3, Instant.parse("2019-06-01T00:00:00Z")),
                new UnitRegistered(DONGSHAN, "东山侗族乡", UnitKind.TOWNSHIP),
                new UnitRegistered(CHANGPU, "长铺子苗族侗族乡", UnitKind.TOWNSHIP));
    }

    static AssessmentOpened opened(AssessmentId assessment, UnitId unit) {
        return new AssessmentOpened(assessment, SCHEME, unit, 2019, Instant.parse("2019-12-01T00:00:00Z"));
    }

    static ScoreClaimed claimed(AssessmentId assessment, UnitId unit, String code, String previous, String claim, int revision) {
        return new ScoreClaimed(assessment, SCHEME, unit, code, previous == null ? null : s(previous), s(claim), s("15"),
                ScoringMode.STANDARD, "narrative", List.of(), revision);
    }

    static ScoreClaimed claimed(String code, String claim) {
        return claimed(ASSESSMENT, DONGSHAN, code, null, claim, 1);
    }

    static EvidenceAttached evidence(String evidenceId, Set<String> indicatorCodes) {
        Instant at = Instant.parse("2020-01-06T00:00:00Z");
        return new EvidenceAttached(ASSESSMENT, DONGSHAN, EvidenceId.of(evidenceId), evidenceId + ".pdf", "application/pdf",
                1024, "ab".repeat(32), indicatorCodes, Set.of(), at, null, at.plusSeconds(86400 * 9), false);
    }

    static BonusClaimed bonus(String id, String points, String duplicateOf) {
        return new BonusClaimed(ASSESSMENT, BonusClaimId.of(id), BonusLevel.CENTRAL_MEDIA, "title " + id, "title " + id,
                "人民网", null, s(points), Set.of(), duplicateOf == null ? null : BonusClaimId.of(duplicateOf));
    }
}
