package org.evaltrack.command.scheme;

import static org.evaltrack.command.domain.Refusals.hasCode;
import static org.evaltrack.command.domain.Refusals.hasFacts;
import static org.evaltrack.command.scheme.SchemeExamples.CATEGORY;
import static org.evaltrack.command.scheme.SchemeExamples.DRAFTED;
import static org.evaltrack.command.scheme.SchemeExamples.SCHEME;
import static org.evaltrack.command.scheme.SchemeExamples.standard;

import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.evaltrack.command.domain.Actors;
import org.evaltrack.command.domain.FixedClock;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.scheme.CategoryAdded;
import org.evaltrack.kernel.scheme.CloseScheme;
import org.evaltrack.kernel.scheme.PublishScheme;
import org.evaltrack.kernel.scheme.SchemeClosed;
import org.evaltrack.kernel.scheme.SchemePublished;
import org.evaltrack.kernel.scheme.Section;
import org.evaltrack.kernel.score.Score;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssessmentSchemePublishingTest {

    private static final CategoryAdded PARTY = new CategoryAdded(SCHEME, "1.2", Section.COMMON, "党的建设", Score.of("33"));
    private static final CategoryAdded STABILITY =
            new CategoryAdded(SCHEME, "1.3", Section.COMMON, "社会稳定和应急管理", Score.of("22"));

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
    void publishingFreezesTheSchemeWithItsBaseTotalAndCounts() {
        fixture.given(SchemeExamples.PUBLISHABLE)
                .when(new PublishScheme(SCHEME), Actors.admin())
                .expectEvents(new SchemePublished(SCHEME, 2019, Score.of("25"), 1, 4, FixedClock.NOW));
    }

    @Test
    void baseTotalIsTheSumOfAllCategoryBudgets() {
        fixture.given(DRAFTED, CATEGORY, SchemeExamples.POVERTY, SchemeExamples.RISK, SchemeExamples.POLLUTION,
                        PARTY, standard("1.2", "1.2.1", "党建", "33"))
                .when(new PublishScheme(SCHEME), Actors.admin())
                .expectEvents(new SchemePublished(SCHEME, 2019, Score.of("58"), 2, 4, FixedClock.NOW));
    }

    @Test
    void deductionOnlyIndicatorsCountZeroTowardsTheBudget() {
        // REFORM (deduction-only) sits in category 1.1 next to 25 points of standard indicators
        fixture.given(SchemeExamples.PUBLISHABLE)
                .when(new PublishScheme(SCHEME), Actors.admin())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void schemeWithoutIndicatorsIsNotPublished() {
        refused(fixture.given(DRAFTED, CATEGORY).when(new PublishScheme(SCHEME), Actors.admin()),
                ErrorCode.SCHEME_EMPTY);
    }

    @Test
    void budgetMismatchListsEveryMismatchedCategory() {
        fixture.given(DRAFTED, CATEGORY, SchemeExamples.POVERTY, SchemeExamples.RISK,
                        PARTY, standard("1.2", "1.2.1", "人大工作", "2"), standard("1.2", "1.2.2", "政协工作", "30"),
                        STABILITY, standard("1.3", "1.3.1", "禁毒工作", "22"))
                .when(new PublishScheme(SCHEME), Actors.admin())
                .expectNoEvents()
                .expectException(hasCode(ErrorCode.BUDGET_MISMATCH))
                .expectException(hasFacts(List.of(
                        Map.of("category", "1.1", "name", "三大攻坚战", "budget", "25.00", "indicators", "20.00"),
                        Map.of("category", "1.2", "name", "党的建设", "budget", "33.00", "indicators", "32.00"))));
    }

    @Test
    void categoryWithABudgetButNoIndicatorsIsAMismatch() {
        fixture.given(SchemeExamples.concat(SchemeExamples.PUBLISHABLE, STABILITY))
                .when(new PublishScheme(SCHEME), Actors.admin())
                .expectNoEvents()
                .expectException(hasCode(ErrorCode.BUDGET_MISMATCH))
                .expectException(hasFacts(List.of(
                        Map.of("category", "1.3", "name", "社会稳定和应急管理", "budget", "22.00", "indicators", "0.00"))));
    }

    @Test
    void schemeIsPublishedOnlyOnce() {
        refused(fixture.given(SchemeExamples.published()).when(new PublishScheme(SCHEME), Actors.admin()),
                ErrorCode.SCHEME_NOT_DRAFT);
    }

    @Test
    void reviewerMayNotPublish() {
        refused(fixture.given(SchemeExamples.PUBLISHABLE).when(new PublishScheme(SCHEME), Actors.reviewer()),
                ErrorCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void publishedSchemeIsClosed() {
        fixture.given(SchemeExamples.published())
                .when(new CloseScheme(SCHEME, "2019 assessment complete"), Actors.admin())
                .expectEvents(new SchemeClosed(SCHEME, "2019 assessment complete", FixedClock.NOW));
    }

    @Test
    void draftIsNotClosed() {
        refused(fixture.given(SchemeExamples.PUBLISHABLE).when(new CloseScheme(SCHEME, "abandon"), Actors.admin()),
                ErrorCode.SCHEME_NOT_PUBLISHED);
    }

    @Test
    void closedSchemeIsNotClosedAgain() {
        refused(fixture.given(SchemeExamples.concat(SchemeExamples.published(),
                                new SchemeClosed(SCHEME, "done", FixedClock.NOW)))
                        .when(new CloseScheme(SCHEME, "again"), Actors.admin()),
                ErrorCode.SCHEME_CLOSED);
    }

    @Test
    void leaderMayNotCloseAScheme() {
        refused(fixture.given(SchemeExamples.published()).when(new CloseScheme(SCHEME, "x"), Actors.leader("u-l")),
                ErrorCode.ROLE_NOT_ALLOWED);
    }
}
