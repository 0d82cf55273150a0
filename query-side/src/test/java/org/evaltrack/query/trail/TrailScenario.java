package org.evaltrack.query.trail;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.AssessmentOpened;
import org.evaltrack.kernel.assessment.AssessmentReopened;
import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.assessment.BonusAwardRejected;
import org.evaltrack.kernel.assessment.BonusAwardVerified;
import org.evaltrack.kernel.assessment.BonusClaimId;
import org.evaltrack.kernel.assessment.BonusClaimed;
import org.evaltrack.kernel.assessment.DeclaredTotals;
import org.evaltrack.kernel.assessment.EvidenceAttached;
import org.evaltrack.kernel.assessment.EvidenceCaptureTimeAccepted;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.assessment.EvidenceRejected;
import org.evaltrack.kernel.assessment.ReviewAdjustmentMade;
import org.evaltrack.kernel.assessment.ReviewFinalized;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.evaltrack.kernel.assessment.SelfAssessmentSubmitted;
import org.evaltrack.kernel.assessment.VetoApplied;
import org.evaltrack.kernel.assessment.VetoLifted;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.IndicatorAdded;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;

/**
 * 东山侗族乡's 2019 assessment told as events, with the 政协工作 (1.2.2) story of the reference case:
 * claimed 3, reviewed down to 2 with a reason after submission, then reopened, claimed again,
 * resubmitted and finalised. A second township's assessment runs beside it under the same scheme.
 */
final class TrailScenario {

    static final SchemeId SCHEME = SchemeId.of("scheme-2019");
    static final UnitId DONGSHAN = UnitId.of("unit-dongshan");
    static final UnitId CHANGPU = UnitId.of("unit-changpu");
    static final AssessmentId ASSESSMENT = AssessmentId.of("assessment-dongshan");
    static final AssessmentId OTHER = AssessmentId.of("assessment-changpu");

    static final TrailFeed.Actor OFFICE = new TrailFeed.Actor("user-office", "ADMIN", null);
    static final TrailFeed.Actor SUBMITTER = new TrailFeed.Actor("user-dongshan", "SUBMITTER", "unit-dongshan");
    static final TrailFeed.Actor REVIEWER = new TrailFeed.Actor("user-reviewer", "REVIEWER", null);
    static final TrailFeed.Actor OTHER_SUBMITTER = new TrailFeed.Actor("user-changpu", "SUBMITTER", "unit-changpu");

    static final Instant OPENED = t("2019-12-01T00:00:00Z");
    static final Instant CLAIMED_1_2_2 = t("2020-01-05T02:00:00Z");
    static final Instant EVIDENCE = t("2020-01-05T03:00:00Z");
    static final Instant CLAIMED_1_1_1 = t("2020-01-05T04:00:00Z");
    static final Instant BONUS_CLAIMS = t("2020-01-06T01:00:00Z");
    static final Instant SUBMITTED = t("2020-01-10T08:00:00Z");
    static final Instant ADJUSTED = t("2020-01-20T06:30:00Z");
    static final Instant CAPTURE_ACCEPTED = t("2020-01-20T07:00:00Z");
    static final Instant BONUS_REVIEWED = t("2020-01-21T02:00:00Z");
    static final Instant VETO = t("2020-01-22T02:00:00Z");
    static final Instant VETO_LIFTED = t("2020-01-23T02:00:00Z");
    static final Instant EVIDENCE_REJECTED = t("2020-01-24T02:00:00Z");
    static final Instant REOPENED = t("2020-01-25T02:00:00Z");
    static final Instant RECLAIMED = t("2020-01-26T02:00:00Z");
    static final Instant RESUBMITTED = t("2020-01-27T02:00:00Z");
    static final Instant FINALIZED = t("2020-02-10T02:00:00Z");

    static final String ADJUSTMENT_REASON = "会议记录不全，扣1分";
    /** Every row of {@link #ASSESSMENT}; evidence serving two indicators counts twice. */
    static final int ROWS_OF_ASSESSMENT = 20;

    /** The id of the review adjustment of 1.2.2. */
    String adjustmentEventId;

    private TrailScenario() {
    }

    static TrailScenario feed(TrailFeed feed) {
        TrailScenario s = new TrailScenario();
        String a = ASSESSMENT.value();
        feed.as(OFFICE, "corr-scheme");
        feed.at(t("2019-06-01T00:00:00Z"), SCHEME.value(), indicator("1.1", "1.1.1", "精准脱贫", "15"));
        feed.at(t("2019-06-01T00:00:00Z"), SCHEME.value(), indicator("1.2", "1.2.2", "政协工作", "3"));
        feed.as(OFFICE, "corr-open");
        feed.at(OPENED, a, new AssessmentOpened(ASSESSMENT, SCHEME, DONGSHAN, 2019, OPENED));
        feed.at(OPENED, OTHER.value(), new AssessmentOpened(OTHER, SCHEME, CHANGPU, 2019, OPENED));

        feed.as(SUBMITTER, "corr-claim-1");
        feed.at(CLAIMED_1_2_2, a, claim(ASSESSMENT, DONGSHAN, "1.2.2", null, "3", 1, "该项分值3分，自评3分"));
        feed.as(SUBMITTER, "corr-evidence");
        feed.at(EVIDENCE, a, new EvidenceAttached(ASSESSMENT, DONGSHAN, EvidenceId.of("ev-1"), "政协会议记录.pdf",
                "application/pdf", 2048, "ab".repeat(32), Set.of("1.2.2", "1.1.1"), Set.of(), EVIDENCE, null,
                SUBMITTED, false));
        feed.at(EVIDENCE.plusSeconds(60), a, new EvidenceAttached(ASSESSMENT, DONGSHAN, EvidenceId.of("ev-2"),
                "扶贫台账.xlsx", "application/vnd.ms-excel", 4096, "cd".repeat(32), Set.of("1.1.1"), Set.of(),
                EVIDENCE.plusSeconds(60), null, SUBMITTED, true));
        feed.as(SUBMITTER, "corr-claim-2");
        feed.at(CLAIMED_1_1_1, a, claim(ASSESSMENT, DONGSHAN, "1.1.1", null, "14", 1, "精准脱贫自评14分"));
        feed.as(SUBMITTER, "corr-bonus");
        feed.at(BONUS_CLAIMS, a, new BonusClaimed(ASSESSMENT, BonusClaimId.of("bonus-1"), BonusLevel.CENTRAL_MEDIA,
                "人民网报道侗族大歌", "人民网报道侗族大歌", "人民网", null, Score.of("0.5"), Set.of(EvidenceId.of("ev-2")), null));
        feed.at(BONUS_CLAIMS.plusSeconds(60), a, new BonusClaimed(ASSESSMENT, BonusClaimId.of("bonus-2"),
                BonusLevel.CENTRAL_MEDIA, "人民网 报道侗族大歌", "人民网报道侗族大歌", "人民网", null, Score.of("0.5"), Set.of(),
                BonusClaimId.of("bonus-1")));
        feed.as(SUBMITTER, "corr-submit");
        feed.at(SUBMITTED, a, submitted(SUBMITTED));

        feed.as(OTHER_SUBMITTER, "corr-other");
        feed.at(CLAIMED_1_2_2.plusSeconds(30), OTHER.value(), claim(OTHER, CHANGPU, "1.2.2", null, "3", 1, "自评3分"));

        feed.as(REVIEWER, "corr-adjust");
        s.adjustmentEventId = feed.at(ADJUSTED, a, new ReviewAdjustmentMade(ASSESSMENT, SCHEME, DONGSHAN, "1.2.2",
                Score.of("3"), Score.of("2"), Score.of("3"), ADJUSTMENT_REASON));
        feed.as(REVIEWER, "corr-capture");
        feed.at(CAPTURE_ACCEPTED, a, new EvidenceCaptureTimeAccepted(ASSESSMENT, EvidenceId.of("ev-2"),
                EVIDENCE, SUBMITTED, false, "拍摄时间早于截止时间"));
        feed.as(REVIEWER, "corr-bonus-review");
        feed.at(BONUS_REVIEWED, a, new BonusAwardVerified(ASSESSMENT, BonusClaimId.of("bonus-1"), BonusLevel.CENTRAL_MEDIA,
                Score.of("0.5"), "核实"));
        feed.at(BONUS_REVIEWED.plusSeconds(60), a, new BonusAwardRejected(ASSESSMENT, BonusClaimId.of("bonus-2"),
                BonusLevel.CENTRAL_MEDIA, Score.of("0.5"), BonusClaimId.of("bonus-1"), "重复申报"));
        feed.as(REVIEWER, "corr-veto");
        feed.at(VETO, a, new VetoApplied(ASSESSMENT, "V1", "安全生产事故", "发生较大事故"));
        feed.at(VETO_LIFTED, a, new VetoLifted(ASSESSMENT, "V1", "事故认定不属实"));
        feed.as(REVIEWER, "corr-reject");
        feed.at(EVIDENCE_REJECTED, a, new EvidenceRejected(ASSESSMENT, EvidenceId.of("ev-1"), Set.of("1.2.2", "1.1.1"),
                Set.of(), "文件无法打开"));
        feed.as(REVIEWER, "corr-reopen");
        feed.at(REOPENED, a, new AssessmentReopened(ASSESSMENT, AssessmentStatus.SUBMITTED, AssessmentStatus.OPEN, "补充材料"));
        feed.as(SUBMITTER, "corr-reclaim");
        feed.at(RECLAIMED, a, claim(ASSESSMENT, DONGSHAN, "1.2.2", "3", "2.5", 2, "补充后自评2.5分"));
        feed.as(SUBMITTER, "corr-resubmit");
        feed.at(RESUBMITTED, a, submitted(RESUBMITTED));
        feed.as(REVIEWER, "corr-finalize");
        feed.at(FINALIZED, a, new ReviewFinalized(ASSESSMENT, SCHEME, DONGSHAN, Score.of("16.5"), Score.of("0.5"),
                Score.of("17"), false, FINALIZED));
        feed.commitBatch();
        return s;
    }

    private static IndicatorAdded indicator(String category, String code, String name, String max) {
        return new IndicatorAdded(SCHEME, category, code, name, ScoringMode.STANDARD, Score.of(max), null, List.of(), null);
    }

    private static ScoreClaimed claim(AssessmentId assessment, UnitId unit, String code, String previous, String claim,
                                      int revision, String narrative) {
        return new ScoreClaimed(assessment, SCHEME, unit, code, previous == null ? null : Score.of(previous),
                Score.of(claim), Score.of("3"), ScoringMode.STANDARD, narrative, List.of(), revision);
    }

    private static SelfAssessmentSubmitted submitted(Instant at) {
        return new SelfAssessmentSubmitted(ASSESSMENT, SCHEME, DONGSHAN,
                new DeclaredTotals(Score.of("17"), Score.of("1"), Score.of("18")), Score.of("17"), Score.of("1"), at);
    }

    private static Instant t(String iso) {
        return Instant.parse(iso);
    }
}
