package org.evaltrack.command.assessment;

import static org.evaltrack.command.assessment.AssessmentExamples.ASSESSMENT;
import static org.evaltrack.command.assessment.AssessmentExamples.DONGSHAN;
import static org.evaltrack.command.assessment.AssessmentExamples.OPENED;
import static org.evaltrack.command.assessment.AssessmentExamples.SCHEME;
import static org.evaltrack.command.assessment.AssessmentExamples.bonusClaimed;
import static org.evaltrack.command.assessment.AssessmentExamples.claimed;
import static org.evaltrack.command.assessment.AssessmentExamples.submitted;
import static org.evaltrack.command.domain.Refusals.hasCode;
import static org.evaltrack.command.domain.Refusals.hasFacts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evaltrack.command.domain.Actors;
import org.evaltrack.command.domain.FixedClock;
import org.evaltrack.kernel.assessment.BonusAwardVerified;
import org.evaltrack.kernel.assessment.BonusClaimId;
import org.evaltrack.kernel.assessment.BonusClaimed;
import org.evaltrack.kernel.assessment.ClaimBonus;
import org.evaltrack.kernel.assessment.FinalizeReview;
import org.evaltrack.kernel.assessment.ReviewFinalized;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.score.Score;
import org.junit.jupiter.api.Test;

/** What a bonus claim answers (which claim it duplicates), a claim without a date, and a scheme without a cap. */
class UnitAssessmentBonusAnswerTest extends UnitAssessmentFixture {

    private static final String TITLE = "《人民日报》报道东山侗族乡“四季花”";

    private static ClaimBonus claim(String id, BonusLevel level, String title, LocalDate awardedOn) {
        return new ClaimBonus(ASSESSMENT, BonusClaimId.of(id), level, title, "人民网", awardedOn, Set.of());
    }

    @Test
    void aBonusClaimWithoutADateIsRecordedWithoutOne() {
        fixture.given(OPENED)
                .when(claim("b-1", BonusLevel.CENTRAL_MEDIA, TITLE, null), Actors.submitter(DONGSHAN))
                .expectEvents(new BonusClaimed(ASSESSMENT, BonusClaimId.of("b-1"), BonusLevel.CENTRAL_MEDIA, TITLE,
                        BonusTitle.normalize(TITLE), "人民网", null, Score.of("0.5"), Set.of(), null))
                .expectResultMessagePayload(null);
    }

    @Test
    void aDuplicateAnswersWhichClaimItDuplicates() {
        fixture.given(OPENED, bonusClaimed("b-1", BonusLevel.CENTRAL_MEDIA, TITLE, "0.5", null))
                .when(claim("b-2", BonusLevel.CENTRAL_MEDIA, "人民日报 报道东山侗族乡 四季花", LocalDate.of(2019, 6, 1)),
                        Actors.submitter(DONGSHAN))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new BonusDuplicate("b-1", TITLE));
    }

    @Test
    void aClaimWithANewTitleAnswersNoDuplicate() {
        fixture.given(OPENED, bonusClaimed("b-1", BonusLevel.CENTRAL_MEDIA, "其他报道", "0.5", null))
                .when(claim("b-2", BonusLevel.CENTRAL_MEDIA, TITLE, null), Actors.submitter(DONGSHAN))
                .expectResultMessagePayload(null);
    }

    @Test
    void aLevelTheSchemeDoesNotRewardIsRefusedNamingTheLevelsItDoes() {
        fixture.given(OPENED)
                .when(claim("b-1", BonusLevel.PROVINCIAL_COMMENDATION, TITLE, null), Actors.submitter(DONGSHAN))
                .expectNoEvents()
                .expectException(hasCode(ErrorCode.BONUS_LEVEL_NOT_IN_SCHEME))
                .expectException(hasFacts(List.of(Map.of("level", "PROVINCIAL_COMMENDATION",
                        "allowed", "CENTRAL_MEDIA, MUNICIPAL_COMMENDATION, PROVINCIAL_MEDIA"))));
    }

    @Test
    void withoutACapTheWholeVerifiedBonusCounts() {
        SchemeRules capped = AssessmentExamples.rules(SchemeRules.SchemeStatus.PUBLISHED, AssessmentExamples.AHEAD);
        rulebook.put(new SchemeRules(SCHEME, 2019, capped.status(), capped.deadlines(), capped.indicators(),
                capped.bonusPoints(), null, capped.vetoConditions()));
        fixture.given(OPENED, claimed(AssessmentExamples.POVERTY, "15"),
                        bonusClaimed("b-1", BonusLevel.CENTRAL_MEDIA, "一", "0.5", null),
                        bonusClaimed("b-2", BonusLevel.CENTRAL_MEDIA, "二", "0.5", null),
                        bonusClaimed("b-3", BonusLevel.MUNICIPAL_COMMENDATION, "三", "0.5", null),
                        submitted("15", "1.5"),
                        verified("b-1", BonusLevel.CENTRAL_MEDIA), verified("b-2", BonusLevel.CENTRAL_MEDIA),
                        verified("b-3", BonusLevel.MUNICIPAL_COMMENDATION))
                .when(new FinalizeReview(ASSESSMENT), Actors.reviewer())
                .expectEvents(new ReviewFinalized(ASSESSMENT, SCHEME, DONGSHAN, Score.of("15"), Score.of("1.5"),
                        Score.of("16.5"), false, FixedClock.NOW));
    }

    private static BonusAwardVerified verified(String id, BonusLevel level) {
        return new BonusAwardVerified(ASSESSMENT, BonusClaimId.of(id), level, Score.of("0.5"), null);
    }
}
