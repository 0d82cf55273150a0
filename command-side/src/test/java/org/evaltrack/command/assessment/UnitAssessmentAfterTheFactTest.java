package org.evaltrack.command.assessment;

import static org.evaltrack.command.assessment.AssessmentExamples.AHEAD;
import static org.evaltrack.command.assessment.AssessmentExamples.ASSESSMENT;
import static org.evaltrack.command.assessment.AssessmentExamples.DECLARED;
import static org.evaltrack.command.assessment.AssessmentExamples.DONGSHAN;
import static org.evaltrack.command.assessment.AssessmentExamples.OPENED;
import static org.evaltrack.command.assessment.AssessmentExamples.PASSED;
import static org.evaltrack.command.assessment.AssessmentExamples.POVERTY;
import static org.evaltrack.command.assessment.AssessmentExamples.SCHEME;
import static org.evaltrack.command.assessment.AssessmentExamples.SHA;
import static org.evaltrack.command.assessment.AssessmentExamples.bonusClaimed;
import static org.evaltrack.command.assessment.AssessmentExamples.claimed;
import static org.evaltrack.command.assessment.AssessmentExamples.submitted;
import static org.evaltrack.command.domain.Refusals.hasFacts;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evaltrack.command.domain.Actors;
import org.evaltrack.command.domain.Checks;
import org.evaltrack.command.domain.FixedClock;
import org.evaltrack.kernel.assessment.AdjustScore;
import org.evaltrack.kernel.assessment.AfterTheFact;
import org.evaltrack.kernel.assessment.ApplyVeto;
import org.evaltrack.kernel.assessment.AttachEvidence;
import org.evaltrack.kernel.assessment.BonusAwardVerified;
import org.evaltrack.kernel.assessment.BonusClaimId;
import org.evaltrack.kernel.assessment.BonusClaimed;
import org.evaltrack.kernel.assessment.ClaimBonus;
import org.evaltrack.kernel.assessment.ClaimScore;
import org.evaltrack.kernel.assessment.EvidenceAttached;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.assessment.ReviewAdjustmentMade;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.evaltrack.kernel.assessment.SelfAssessmentSubmitted;
import org.evaltrack.kernel.assessment.SubmitSelfAssessment;
import org.evaltrack.kernel.assessment.VerifyBonusAward;
import org.evaltrack.kernel.assessment.VetoApplied;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextNotAcceptedException;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.score.Score;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 补录: the office enters a past year's case with the dates it happened; deadlines are judged on those dates. */
class UnitAssessmentAfterTheFactTest extends UnitAssessmentFixture {

    private static final String REASON = "2019年度材料补录：纸质档案录入系统";
    /** Before the claims deadline that has passed by the fixture's clock. */
    private static final Instant ON_TIME = Instant.parse("2020-01-04T02:00:00Z");
    /** After the claims (2020-01-05) and evidence (2020-01-08) deadlines, before the clock. */
    private static final Instant TOO_LATE = Instant.parse("2020-01-09T02:00:00Z");

    @BeforeEach
    void pastYear() {
        deadlinesHavePassed();
    }

    private static Map<String, Object> office(Instant statedAt, String reason) {
        Map<String, Object> metaData = new HashMap<>(Actors.admin());
        metaData.put(AfterTheFact.STATED_AT, statedAt.toString());
        if (reason != null) {
            metaData.put(AfterTheFact.REASON, reason);
        }
        return metaData;
    }

    private static Map<String, Object> as(Map<String, Object> actor, Instant statedAt) {
        Map<String, Object> metaData = new HashMap<>(actor);
        metaData.put(AfterTheFact.STATED_AT, statedAt.toString());
        metaData.put(AfterTheFact.REASON, REASON);
        return metaData;
    }

    private static AfterTheFact marker(Instant statedAt) {
        return new AfterTheFact(statedAt, FixedClock.NOW, REASON);
    }

    private static ClaimScore claim() {
        return new ClaimScore(ASSESSMENT, "1.1.1", Score.of("15"), "自评", List.of());
    }

    @Test
    void theOfficeEntersAClaimOnTheDateItWasMadeAndTheEventCarriesBothDatesAndTheReason() {
        fixture.given(OPENED)
                .when(claim(), office(ON_TIME, REASON))
                .expectEvents(new ScoreClaimed(ASSESSMENT, SCHEME, DONGSHAN, "1.1.1", null, Score.of("15"),
                        Score.of("15"), ScoringMode.STANDARD, "自评", List.of(), 1, marker(ON_TIME)));
    }

    @Test
    void theClaimsDeadlineIsJudgedOnTheStatedDateNotOnTheClock() {
        refused(fixture.given(OPENED).when(claim(), office(TOO_LATE, REASON)), ErrorCode.CLAIMS_DEADLINE_PASSED);
    }

    @Test
    void aBonusClaimAfterTheFactIsJudgedOnItsStatedDateToo() {
        ClaimBonus bonus = new ClaimBonus(ASSESSMENT, BonusClaimId.of("b1"), BonusLevel.CENTRAL_MEDIA, "人民日报报道", "人民网",
                null, Set.of());
        fixture.given(OPENED).when(bonus, office(ON_TIME, REASON))
                .expectEvents(new BonusClaimed(ASSESSMENT, BonusClaimId.of("b1"), BonusLevel.CENTRAL_MEDIA, "人民日报报道",
                        BonusTitle.normalize("人民日报报道"), "人民网", null, Score.of("0.5"), Set.of(), null, marker(ON_TIME)));
        refused(fixture.given(OPENED).when(bonus, office(TOO_LATE, REASON)), ErrorCode.CLAIMS_DEADLINE_PASSED);
    }

    @Test
    void evidenceAfterTheFactIsLateByItsStatedDate() {
        AttachEvidence onTime = new AttachEvidence(ASSESSMENT, EvidenceId.of("e1"), "台账.pdf", "application/pdf", 10, SHA,
                Set.of("1.1.1"), Set.of(), null);
        fixture.given(OPENED).when(onTime, office(ON_TIME, REASON))
                .expectEvents(new EvidenceAttached(ASSESSMENT, DONGSHAN, EvidenceId.of("e1"), "台账.pdf", "application/pdf",
                        10, SHA, Set.of("1.1.1"), Set.of(), FixedClock.NOW, null, PASSED.evidenceDue(), false, false,
                        marker(ON_TIME)));
        fixture.given(OPENED).when(onTime, office(TOO_LATE, REASON))
                .expectEvents(new EvidenceAttached(ASSESSMENT, DONGSHAN, EvidenceId.of("e1"), "台账.pdf", "application/pdf",
                        10, SHA, Set.of("1.1.1"), Set.of(), FixedClock.NOW, null, PASSED.evidenceDue(), true, false,
                        marker(TOO_LATE)));
    }

    @Test
    void theSubmissionAndTheReviewAreEnteredByTheOfficeWithTheirDates() {
        fixture.given(OPENED, claimed(POVERTY, "15"))
                .when(new SubmitSelfAssessment(ASSESSMENT, DECLARED), office(ON_TIME, REASON))
                .expectEvents(new SelfAssessmentSubmitted(ASSESSMENT, SCHEME, DONGSHAN, DECLARED, Score.of("15"),
                        Score.of("0"), FixedClock.NOW, marker(ON_TIME)));
        fixture.given(OPENED, claimed(POVERTY, "15"), submitted("15", "0"))
                .when(new AdjustScore(ASSESSMENT, "1.1.1", Score.of("14"), "台账不全"), office(TOO_LATE, REASON))
                .expectEvents(new ReviewAdjustmentMade(ASSESSMENT, SCHEME, DONGSHAN, "1.1.1", Score.of("15"), Score.of("14"),
                        Score.of("15"), "台账不全", marker(TOO_LATE)));
        fixture.given(OPENED, bonusClaimed("b1", BonusLevel.CENTRAL_MEDIA, "人民日报报道", "0.5", null), submitted("0", "0.5"))
                .when(new VerifyBonusAward(ASSESSMENT, BonusClaimId.of("b1"), "属实"), office(TOO_LATE, REASON))
                .expectEvents(new BonusAwardVerified(ASSESSMENT, BonusClaimId.of("b1"), BonusLevel.CENTRAL_MEDIA,
                        Score.of("0.5"), "属实", marker(TOO_LATE)));
        fixture.given(OPENED, submitted("0", "0"))
                .when(new ApplyVeto(ASSESSMENT, "V1", "发生事故"), office(TOO_LATE, REASON))
                .expectEvents(new VetoApplied(ASSESSMENT, "V1", "发生重大安全生产责任事故", "发生事故", marker(TOO_LATE)));
    }

    @Test
    void onlyTheOfficeEntersAfterTheFact() {
        refused(fixture.given(OPENED).when(claim(), as(Actors.submitter(DONGSHAN), ON_TIME)),
                ErrorCode.AFTER_THE_FACT_OFFICE_ONLY);
        refused(fixture.given(OPENED, claimed(POVERTY, "15"), submitted("15", "0"))
                        .when(new AdjustScore(ASSESSMENT, "1.1.1", Score.of("14"), "台账不全"), as(Actors.reviewer(), ON_TIME)),
                ErrorCode.AFTER_THE_FACT_OFFICE_ONLY);
    }

    @Test
    void theOfficeStillMayNotReviewLive() {
        refused(fixture.given(OPENED, claimed(POVERTY, "15"), submitted("15", "0"))
                        .when(new AdjustScore(ASSESSMENT, "1.1.1", Score.of("14"), "台账不全"), Actors.admin()),
                ErrorCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void aReasonIsRequiredAndKeptWithinTheReasonLimit() {
        refused(fixture.given(OPENED).when(claim(), office(ON_TIME, null)), ErrorCode.REASON_REQUIRED);
        refused(fixture.given(OPENED).when(claim(), office(ON_TIME, "  ")), ErrorCode.REASON_REQUIRED);
        fixture.given(OPENED).when(claim(), office(ON_TIME, "因".repeat(TextLimit.REASON.maxCodePoints() + 1)))
                .expectNoEvents().expectException(TextNotAcceptedException.class);
    }

    @Test
    void aStatedDateInTheFutureOfItsRecordingIsRefusedNamingTheValueAndTheRange() {
        Instant tomorrow = FixedClock.NOW.plusSeconds(86_400);
        fixture.given(OPENED).when(claim(), office(tomorrow, REASON))
                .expectNoEvents()
                .expectException(hasFacts(List.of(Checks.facts("field", "statedAt", "given", tomorrow.toString(),
                        "min", "2019-01-01", "max", "2020-12-31", "recordedAt", FixedClock.NOW.toString()))));
        refused(fixture.given(OPENED).when(claim(), office(tomorrow, REASON)), ErrorCode.STATED_DATE_NOT_ACCEPTED);
    }

    @Test
    void aStatedDateBeforeTheSchemesYearOrUnreadableIsRefused() {
        refused(fixture.given(OPENED).when(claim(), office(Instant.parse("2018-12-31T10:00:00Z"), REASON)),
                ErrorCode.STATED_DATE_NOT_ACCEPTED);
        Map<String, Object> unreadable = office(ON_TIME, REASON);
        unreadable.put(AfterTheFact.STATED_AT, "2019-13-40");
        refused(fixture.given(OPENED).when(claim(), unreadable), ErrorCode.STATED_DATE_NOT_ACCEPTED);
        Map<String, Object> reasonOnly = new HashMap<>(Actors.admin());
        reasonOnly.put(AfterTheFact.REASON, REASON);
        refused(fixture.given(OPENED).when(claim(), reasonOnly), ErrorCode.STATED_DATE_NOT_ACCEPTED);
    }

    @Test
    void aLiveClaimAfterTheDeadlineIsStillRefused() {
        refused(fixture.given(OPENED).when(claim(), Actors.submitter(DONGSHAN)), ErrorCode.CLAIMS_DEADLINE_PASSED);
        rulebook.put(AssessmentExamples.rules(SchemeRules.SchemeStatus.PUBLISHED, AHEAD));
        fixture.given(OPENED).when(claim(), Actors.submitter(DONGSHAN)).expectSuccessfulHandlerExecution();
    }
}
