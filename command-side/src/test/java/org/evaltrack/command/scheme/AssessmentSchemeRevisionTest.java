package org.evaltrack.command.scheme;

import static org.evaltrack.command.domain.Refusals.hasCode;
import static org.evaltrack.command.scheme.SchemeExamples.DEADLINES;
import static org.evaltrack.command.scheme.SchemeExamples.SCHEME;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.evaltrack.command.domain.Actors;
import org.evaltrack.command.domain.FixedClock;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.scheme.CategoryBudgetRevised;
import org.evaltrack.kernel.scheme.Deadlines;
import org.evaltrack.kernel.scheme.DeadlinesRevised;
import org.evaltrack.kernel.scheme.IndicatorRevised;
import org.evaltrack.kernel.scheme.ReviseCategoryBudget;
import org.evaltrack.kernel.scheme.ReviseDeadlines;
import org.evaltrack.kernel.scheme.ReviseIndicator;
import org.evaltrack.kernel.scheme.SchemeClosed;
import org.evaltrack.kernel.score.Score;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssessmentSchemeRevisionTest {

    private static final Deadlines LATER = new Deadlines(DEADLINES.claimsDue().plusSeconds(86_400),
            DEADLINES.evidenceDue().plusSeconds(86_400), DEADLINES.reviewDue());

    private AggregateTestFixture<AssessmentScheme> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AssessmentScheme.class);
        fixture.registerInjectableResource(FixedClock.CLOCK);
    }

    private static void refused(ResultValidator<AssessmentScheme> result, ErrorCode code) {
        result.expectNoEvents().expectException(DomainException.class).expectException(hasCode(code));
    }

    @Test
    void indicatorMaximumIsRevisedWithBeforeAndAfter() {
        fixture.given(SchemeExamples.published())
                .when(new ReviseIndicator(SCHEME, "1.1.2", Score.of("6"), null, "政协 body says 3"), Actors.admin())
                .expectEvents(new IndicatorRevised(SCHEME, "1.1", "1.1.2", Score.of("5"), Score.of("6"), null, null,
                        "政协 body says 3"));
    }

    @Test
    void deductionOnlyFloorIsRevised() {
        fixture.given(SchemeExamples.published())
                .when(new ReviseIndicator(SCHEME, "1.1.4", Score.ZERO, Score.of("-3"), "county decision"),
                        Actors.admin())
                .expectEvents(new IndicatorRevised(SCHEME, "1.1", "1.1.4", Score.ZERO, Score.ZERO, Score.of("-2"),
                        Score.of("-3"), "county decision"));
    }

    @Test
    void revisedIndicatorIsJudgedByItsRevisedValues() {
        fixture.given(SchemeExamples.concat(SchemeExamples.published(),
                        new IndicatorRevised(SCHEME, "1.1", "1.1.2", Score.of("5"), Score.of("6"), null, null, "r")))
                .when(new ReviseIndicator(SCHEME, "1.1.2", Score.of("6"), null, "same again"), Actors.admin())
                .expectNoEvents()
                .expectException(hasCode(ErrorCode.VALIDATION_FAILED));
    }

    @Test
    void indicatorIsNotRevisedInADraft() {
        refused(fixture.given(SchemeExamples.PUBLISHABLE)
                .when(new ReviseIndicator(SCHEME, "1.1.2", Score.of("6"), null, "r"), Actors.admin()),
                ErrorCode.SCHEME_NOT_PUBLISHED);
    }

    @Test
    void indicatorIsNotRevisedInAClosedScheme() {
        refused(fixture.given(SchemeExamples.concat(SchemeExamples.published(),
                        new SchemeClosed(SCHEME, "done", FixedClock.NOW)))
                .when(new ReviseIndicator(SCHEME, "1.1.2", Score.of("6"), null, "r"), Actors.admin()),
                ErrorCode.SCHEME_CLOSED);
    }

    @Test
    void indicatorRevisionNeedsAReason() {
        refused(fixture.given(SchemeExamples.published())
                .when(new ReviseIndicator(SCHEME, "1.1.2", Score.of("6"), null, " "), Actors.admin()),
                ErrorCode.REASON_REQUIRED);
    }

    @Test
    void unknownIndicatorIsNotRevised() {
        refused(fixture.given(SchemeExamples.published())
                .when(new ReviseIndicator(SCHEME, "7.7.7", Score.of("6"), null, "r"), Actors.admin()),
                ErrorCode.INDICATOR_NOT_FOUND);
    }

    @Test
    void indicatorRevisionThatChangesNothingIsRefused() {
        refused(fixture.given(SchemeExamples.published())
                .when(new ReviseIndicator(SCHEME, "1.1.2", Score.of("5"), null, "r"), Actors.admin()),
                ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void revisedDeductionOnlyFloorMustNotBePositive() {
        refused(fixture.given(SchemeExamples.published())
                .when(new ReviseIndicator(SCHEME, "1.1.4", Score.ZERO, Score.of("1"), "r"), Actors.admin()),
                ErrorCode.INVALID_FLOOR);
    }

    @Test
    void reviewerMayNotReviseAnIndicator() {
        refused(fixture.given(SchemeExamples.published())
                .when(new ReviseIndicator(SCHEME, "1.1.2", Score.of("6"), null, "r"), Actors.reviewer()),
                ErrorCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void categoryBudgetIsRevisedWithBeforeAndAfter() {
        fixture.given(SchemeExamples.published())
                .when(new ReviseCategoryBudget(SCHEME, "1.1", Score.of("26"), "政协 worth 3"), Actors.admin())
                .expectEvents(new CategoryBudgetRevised(SCHEME, "1.1", Score.of("25"), Score.of("26"), "政协 worth 3"));
    }

    @Test
    void unknownCategoryBudgetIsNotRevised() {
        refused(fixture.given(SchemeExamples.published())
                .when(new ReviseCategoryBudget(SCHEME, "9.9", Score.of("26"), "r"), Actors.admin()),
                ErrorCode.CATEGORY_NOT_FOUND);
    }

    @Test
    void budgetRevisionThatChangesNothingIsRefused() {
        refused(fixture.given(SchemeExamples.published())
                .when(new ReviseCategoryBudget(SCHEME, "1.1", Score.of("25.00"), "r"), Actors.admin()),
                ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void negativeRevisedBudgetIsRefused() {
        refused(fixture.given(SchemeExamples.published())
                .when(new ReviseCategoryBudget(SCHEME, "1.1", Score.of("-1"), "r"), Actors.admin()),
                ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void budgetRevisionNeedsAReason() {
        refused(fixture.given(SchemeExamples.published())
                .when(new ReviseCategoryBudget(SCHEME, "1.1", Score.of("26"), null), Actors.admin()),
                ErrorCode.REASON_REQUIRED);
    }

    @Test
    void budgetIsNotRevisedInADraft() {
        refused(fixture.given(SchemeExamples.PUBLISHABLE)
                .when(new ReviseCategoryBudget(SCHEME, "1.1", Score.of("26"), "r"), Actors.admin()),
                ErrorCode.SCHEME_NOT_PUBLISHED);
    }

    @Test
    void deadlinesAreMovedWithBeforeAndAfter() {
        fixture.given(SchemeExamples.published())
                .when(new ReviseDeadlines(SCHEME, LATER, "platform outage"), Actors.admin())
                .expectEvents(new DeadlinesRevised(SCHEME, DEADLINES, LATER, "platform outage"));
    }

    @Test
    void movedDeadlinesMustStayInOrder() {
        Deadlines wrong = new Deadlines(DEADLINES.reviewDue(), DEADLINES.evidenceDue(), DEADLINES.reviewDue());
        refused(fixture.given(SchemeExamples.published())
                .when(new ReviseDeadlines(SCHEME, wrong, "r"), Actors.admin()),
                ErrorCode.INVALID_DEADLINES);
    }

    @Test
    void deadlineRevisionThatChangesNothingIsRefused() {
        refused(fixture.given(SchemeExamples.published())
                .when(new ReviseDeadlines(SCHEME, DEADLINES, "r"), Actors.admin()),
                ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void deadlineRevisionNeedsAReason() {
        refused(fixture.given(SchemeExamples.published())
                .when(new ReviseDeadlines(SCHEME, LATER, ""), Actors.admin()),
                ErrorCode.REASON_REQUIRED);
    }

    @Test
    void deadlinesOfAClosedSchemeAreNotMoved() {
        refused(fixture.given(SchemeExamples.concat(SchemeExamples.published(),
                        new SchemeClosed(SCHEME, "done", FixedClock.NOW)))
                .when(new ReviseDeadlines(SCHEME, LATER, "r"), Actors.admin()),
                ErrorCode.SCHEME_CLOSED);
    }

    @Test
    void reviewerMayNotReviseABudget() {
        refused(fixture.given(SchemeExamples.published())
                .when(new ReviseCategoryBudget(SCHEME, "1.1", Score.of("26"), "r"), Actors.reviewer()),
                ErrorCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void budgetOfAClosedSchemeIsNotRevised() {
        refused(fixture.given(SchemeExamples.concat(SchemeExamples.published(),
                        new SchemeClosed(SCHEME, "done", FixedClock.NOW)))
                .when(new ReviseCategoryBudget(SCHEME, "1.1", Score.of("26"), "r"), Actors.admin()),
                ErrorCode.SCHEME_CLOSED);
    }

    @Test
    void reviewerMayNotMoveDeadlines() {
        refused(fixture.given(SchemeExamples.published())
                .when(new ReviseDeadlines(SCHEME, LATER, "r"), Actors.reviewer()),
                ErrorCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void deadlinesOfADraftAreNotRevised() {
        refused(fixture.given(SchemeExamples.PUBLISHABLE)
                .when(new ReviseDeadlines(SCHEME, LATER, "r"), Actors.admin()),
                ErrorCode.SCHEME_NOT_PUBLISHED);
    }
}
