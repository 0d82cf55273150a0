package org.evaltrack.command.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evaltrack.command.domain.FixedClock;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.AssessmentOpened;
import org.evaltrack.kernel.assessment.BonusClaimId;
import org.evaltrack.kernel.assessment.BonusClaimed;
import org.evaltrack.kernel.assessment.DeclaredTotals;
import org.evaltrack.kernel.assessment.EvidenceAttached;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.evaltrack.kernel.assessment.SelfAssessmentSubmitted;
import org.evaltrack.kernel.ledger.TaskId;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.Deadlines;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;

/** The 东山侗族乡 2019 assessment in miniature: ids, scheme rules and the events tests start from. */
final class AssessmentExamples {

    static final SchemeId SCHEME = SchemeId.of("suining-2019");
    static final UnitId DONGSHAN = UnitId.of("dongshan");
    static final UnitId HUANGSANG = UnitId.of("huangsang");
    static final AssessmentId ASSESSMENT = AssessmentId.of("a-dongshan-2019");
    static final AssessmentId OTHER_ASSESSMENT = AssessmentId.of("a-huangsang-2019");
    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final EvidenceId EVIDENCE = EvidenceId.of("ev-1");
    static final TaskId TASK = TaskId.of("t-1");
    static final UserId LEADER = UserId.of("u-yang");

    /** Deadlines still ahead of {@link FixedClock#NOW}. */
    static final Deadlines AHEAD = new Deadlines(
            Instant.parse("2020-01-15T09:00:00Z"),
            Instant.parse("2020-01-20T09:00:00Z"),
            Instant.parse("2020-02-01T09:00:00Z"));
    /** Claims and evidence deadlines already behind {@link FixedClock#NOW}. */
    static final Deadlines PASSED = new Deadlines(
            Instant.parse("2020-01-05T09:00:00Z"),
            Instant.parse("2020-01-08T09:00:00Z"),
            Instant.parse("2020-02-01T09:00:00Z"));

    static final IndicatorRule POVERTY =
            new IndicatorRule("1.1.1", "1.1", ScoringMode.STANDARD, Score.of("15"), null);
    static final IndicatorRule RISK = new IndicatorRule("1.1.2", "1.1", ScoringMode.STANDARD, Score.of("5"), null);
    static final IndicatorRule REFORM =
            new IndicatorRule("2.1.3", "2.1", ScoringMode.DEDUCTION_ONLY, Score.ZERO, Score.of("-2"));

    static SchemeRules rules(SchemeRules.SchemeStatus status, Deadlines deadlines) {
        return new SchemeRules(SCHEME, 2019, status, deadlines,
                Map.of(POVERTY.indicatorCode(), POVERTY, RISK.indicatorCode(), RISK, REFORM.indicatorCode(), REFORM),
                Map.of(BonusLevel.CENTRAL_MEDIA, Score.of("0.5"), BonusLevel.PROVINCIAL_MEDIA, Score.of("0.3"),
                        BonusLevel.MUNICIPAL_COMMENDATION, Score.of("0.5")),
                Score.of("1"),
                Map.of("V1", "发生重大安全生产责任事故"));
    }

    static final AssessmentOpened OPENED = new AssessmentOpened(ASSESSMENT, SCHEME, DONGSHAN, 2019, FixedClock.NOW);

    static ScoreClaimed claimed(IndicatorRule rule, String score) {
        return new ScoreClaimed(ASSESSMENT, SCHEME, DONGSHAN, rule.indicatorCode(), null, Score.of(score),
                rule.maxPoints(), rule.scoringMode(), "自评", List.of(), 1);
    }

    static EvidenceAttached attached(EvidenceId id, Set<String> indicators, Set<TaskId> tasks, Instant capturedAt) {
        return new EvidenceAttached(ASSESSMENT, DONGSHAN, id, "photo.jpg", "image/jpeg", 1024, SHA, indicators, tasks,
                FixedClock.NOW, capturedAt, AHEAD.evidenceDue(), false);
    }

    static BonusClaimed bonusClaimed(String id, BonusLevel level, String title, String points, String duplicateOf) {
        return new BonusClaimed(ASSESSMENT, BonusClaimId.of(id), level, title, BonusTitle.normalize(title), "人民网",
                null, Score.of(points), Set.of(), duplicateOf == null ? null : BonusClaimId.of(duplicateOf));
    }

    static SelfAssessmentSubmitted submitted(String claimedBase, String claimedBonus) {
        return new SelfAssessmentSubmitted(ASSESSMENT, SCHEME, DONGSHAN, DECLARED, Score.of(claimedBase),
                Score.of(claimedBonus), FixedClock.NOW);
    }

    static final DeclaredTotals DECLARED = new DeclaredTotals(Score.of("100"), Score.of("5.3"), Score.of("105.3"));

    private AssessmentExamples() {
    }
}
