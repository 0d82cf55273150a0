package org.evaltrack.command.scheme;

import static org.evaltrack.command.domain.Refusals.hasCode;
import static org.evaltrack.command.domain.Refusals.hasFacts;
import static org.evaltrack.command.scheme.SchemeExamples.DEADLINES;
import static org.evaltrack.command.scheme.SchemeExamples.SCHEME;

import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.evaltrack.command.domain.Actors;
import org.evaltrack.command.domain.FixedClock;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.scheme.BonusCapRevised;
import org.evaltrack.kernel.scheme.DraftScheme;
import org.evaltrack.kernel.scheme.ReviseBonusCap;
import org.evaltrack.kernel.scheme.SchemeClosed;
import org.evaltrack.kernel.scheme.SchemeDrafted;
import org.evaltrack.kernel.score.Score;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A scheme may set no bonus cap; a published scheme's cap is revised like its other rules, with a reason. */
class AssessmentSchemeBonusCapTest {

    private AggregateTestFixture<AssessmentScheme> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AssessmentScheme.class);
        fixture.registerInjectableResource(FixedClock.CLOCK);
    }

    private static void refused(ResultValidator<AssessmentScheme> result, ErrorCode code) {
        result.expectNoEvents().expectException(DomainException.class).expectException(hasCode(code));
    }

    private static DraftScheme draft(Score cap) {
        return new DraftScheme(SCHEME, 2019, "方案", "绥办发〔2019〕54号", "县委办", DEADLINES, cap);
    }

    @Test
    void aSchemeMayBeDraftedWithoutACap() {
        fixture.givenNoPriorActivity()
                .when(draft(null), Actors.admin())
                .expectEvents(new SchemeDrafted(SCHEME, 2019, "方案", "绥办发〔2019〕54号", "县委办", DEADLINES, null));
    }

    @Test
    void aNegativeCapIsRefusedSayingWhatIsAllowed() {
        fixture.givenNoPriorActivity()
                .when(draft(Score.of("-1")), Actors.admin())
                .expectNoEvents()
                .expectException(hasCode(ErrorCode.VALIDATION_FAILED))
                .expectException(hasFacts(List.of(Map.of("field", "bonusCap", "given", "-1.00", "min", "0.00"))));
    }

    @Test
    void thePublishedCapIsRevisedWithBeforeAndAfter() {
        fixture.given(SchemeExamples.published())
                .when(new ReviseBonusCap(SCHEME, Score.of("8"), "县委常委会决定"), Actors.admin())
                .expectEvents(new BonusCapRevised(SCHEME, Score.of("6"), Score.of("8"), "县委常委会决定"));
    }

    @Test
    void revisingToNoCapLiftsIt() {
        fixture.given(SchemeExamples.published())
                .when(new ReviseBonusCap(SCHEME, null, "不设上限"), Actors.admin())
                .expectEvents(new BonusCapRevised(SCHEME, Score.of("6"), null, "不设上限"));
    }

    @Test
    void aSchemeWithoutACapGainsOneByRevision() {
        fixture.given(SchemeExamples.concat(SchemeExamples.published(), new BonusCapRevised(SCHEME, Score.of("6"), null, "r")))
                .when(new ReviseBonusCap(SCHEME, Score.of("5"), "恢复上限"), Actors.admin())
                .expectEvents(new BonusCapRevised(SCHEME, null, Score.of("5"), "恢复上限"));
    }

    @Test
    void aRevisionThatChangesNothingIsRefused() {
        refused(fixture.given(SchemeExamples.published())
                .when(new ReviseBonusCap(SCHEME, Score.of("6"), "same"), Actors.admin()), ErrorCode.VALIDATION_FAILED);
        refused(fixture.given(SchemeExamples.concat(SchemeExamples.published(), new BonusCapRevised(SCHEME, Score.of("6"), null, "r")))
                .when(new ReviseBonusCap(SCHEME, null, "none again"), Actors.admin()), ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void aRevisedCapMustNotBeNegative() {
        refused(fixture.given(SchemeExamples.published())
                .when(new ReviseBonusCap(SCHEME, Score.of("-0.5"), "r"), Actors.admin()), ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void aRevisionNeedsAReason() {
        refused(fixture.given(SchemeExamples.published())
                .when(new ReviseBonusCap(SCHEME, Score.of("8"), " "), Actors.admin()), ErrorCode.REASON_REQUIRED);
    }

    @Test
    void aDraftIsNotRevised() {
        refused(fixture.given(SchemeExamples.PUBLISHABLE)
                .when(new ReviseBonusCap(SCHEME, Score.of("8"), "r"), Actors.admin()), ErrorCode.SCHEME_NOT_PUBLISHED);
    }

    @Test
    void aClosedSchemeIsNotRevised() {
        refused(fixture.given(SchemeExamples.concat(SchemeExamples.published(), new SchemeClosed(SCHEME, "done", FixedClock.NOW)))
                .when(new ReviseBonusCap(SCHEME, Score.of("8"), "r"), Actors.admin()), ErrorCode.SCHEME_CLOSED);
    }

    @Test
    void onlyTheOfficeRevisesTheCap() {
        refused(fixture.given(SchemeExamples.published())
                .when(new ReviseBonusCap(SCHEME, Score.of("8"), "r"), Actors.reviewer()), ErrorCode.ROLE_NOT_ALLOWED);
    }
}
