package org.evaltrack.command.scheme;

import static org.evaltrack.command.domain.Refusals.hasCode;
import static org.evaltrack.command.scheme.SchemeExamples.CATEGORY;
import static org.evaltrack.command.scheme.SchemeExamples.DEADLINES;
import static org.evaltrack.command.scheme.SchemeExamples.DRAFTED;
import static org.evaltrack.command.scheme.SchemeExamples.POVERTY;
import static org.evaltrack.command.scheme.SchemeExamples.SCHEME;

import java.time.Instant;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.evaltrack.command.domain.Actors;
import org.evaltrack.command.domain.FixedClock;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.scheme.AddCategory;
import org.evaltrack.kernel.scheme.AddIndicator;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.BonusRuleDefined;
import org.evaltrack.kernel.scheme.CategoryAdded;
import org.evaltrack.kernel.scheme.Deadlines;
import org.evaltrack.kernel.scheme.DefineBonusRule;
import org.evaltrack.kernel.scheme.DefineVetoCondition;
import org.evaltrack.kernel.scheme.DraftScheme;
import org.evaltrack.kernel.scheme.IndicatorAdded;
import org.evaltrack.kernel.scheme.SchemeClosed;
import org.evaltrack.kernel.scheme.SchemeDrafted;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.scheme.Section;
import org.evaltrack.kernel.scheme.SubItem;
import org.evaltrack.kernel.scheme.VetoConditionDefined;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.UnitId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AssessmentSchemeDraftingTest {

    private AggregateTestFixture<AssessmentScheme> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AssessmentScheme.class);
        fixture.registerInjectableResource(FixedClock.CLOCK);
    }

    private static DraftScheme draft(int year, String title, String documentNumber, String issuer, Deadlines deadlines,
                                     String bonusCap) {
        return new DraftScheme(SCHEME, year, title, documentNumber, issuer, deadlines, Score.of(bonusCap));
    }

    private static DraftScheme validDraft() {
        return draft(2019, DRAFTED.title(), DRAFTED.documentNumber(), DRAFTED.issuer(), DEADLINES, "6");
    }

    private static void refused(ResultValidator<AssessmentScheme> result, ErrorCode code) {
        result.expectNoEvents().expectException(DomainException.class).expectException(hasCode(code));
    }

    @Test
    void adminDraftsASchemeWithItsTermsAndDeadlines() {
        fixture.givenNoPriorActivity()
                .when(validDraft(), Actors.admin())
                .expectSuccessfulHandlerExecution()
                .expectEvents(DRAFTED);
    }

    @Test
    void reviewerMayNotDraftAScheme() {
        refused(fixture.givenNoPriorActivity().when(validDraft(), Actors.reviewer()), ErrorCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void commandWithoutARoleIsRefused() {
        refused(fixture.givenNoPriorActivity().when(validDraft(), Actors.nobody()), ErrorCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void blankTitleIsRefused() {
        refused(fixture.givenNoPriorActivity()
                .when(draft(2019, "  ", "54号", "县委办", DEADLINES, "6"), Actors.admin()), ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void blankDocumentNumberIsRefused() {
        refused(fixture.givenNoPriorActivity()
                .when(draft(2019, "方案", "", "县委办", DEADLINES, "6"), Actors.admin()), ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void missingIssuerIsRefused() {
        refused(fixture.givenNoPriorActivity()
                .when(draft(2019, "方案", "54号", null, DEADLINES, "6"), Actors.admin()), ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void yearBefore2000IsRefused() {
        refused(fixture.givenNoPriorActivity()
                .when(draft(1999, "方案", "54号", "县委办", DEADLINES, "6"), Actors.admin()), ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void yearAfter2100IsRefused() {
        refused(fixture.givenNoPriorActivity()
                .when(draft(2101, "方案", "54号", "县委办", DEADLINES, "6"), Actors.admin()), ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void claimsDueAfterEvidenceDueIsRefused() {
        Deadlines wrong = new Deadlines(DEADLINES.evidenceDue().plusSeconds(1), DEADLINES.evidenceDue(),
                DEADLINES.reviewDue());
        refused(fixture.givenNoPriorActivity()
                .when(draft(2019, "方案", "54号", "县委办", wrong, "6"), Actors.admin()), ErrorCode.INVALID_DEADLINES);
    }

    @Test
    void evidenceDueAfterReviewDueIsRefused() {
        Deadlines wrong = new Deadlines(DEADLINES.claimsDue(), DEADLINES.reviewDue().plusSeconds(1),
                DEADLINES.reviewDue());
        refused(fixture.givenNoPriorActivity()
                .when(draft(2019, "方案", "54号", "县委办", wrong, "6"), Actors.admin()), ErrorCode.INVALID_DEADLINES);
    }

    @Test
    void allDeadlinesOnTheSameInstantAreAccepted() {
        Instant due = Instant.parse("2020-01-15T09:00:00Z");
        Deadlines same = new Deadlines(due, due, due);
        fixture.givenNoPriorActivity()
                .when(draft(2019, "方案", "54号", "县委办", same, "0"), Actors.admin())
                .expectEvents(new SchemeDrafted(SCHEME, 2019, "方案", "54号", "县委办", same, Score.ZERO));
    }

    @Test
    void negativeBonusCapIsRefused() {
        refused(fixture.givenNoPriorActivity()
                .when(draft(2019, "方案", "54号", "县委办", DEADLINES, "-0.01"), Actors.admin()),
                ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void categoryIsAddedToADraft() {
        fixture.given(DRAFTED)
                .when(new AddCategory(SCHEME, "1.2", Section.COMMON, "党的建设", Score.of("33")), Actors.admin())
                .expectEvents(new CategoryAdded(SCHEME, "1.2", Section.COMMON, "党的建设", Score.of("33")));
    }

    @Test
    void submitterMayNotAddACategory() {
        refused(fixture.given(DRAFTED)
                .when(new AddCategory(SCHEME, "1.2", Section.COMMON, "党的建设", Score.of("33")),
                        Actors.submitter(UnitId.of("dongshan"))),
                ErrorCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void categoryCodeIsUsedOnlyOnce() {
        refused(fixture.given(DRAFTED, CATEGORY)
                .when(new AddCategory(SCHEME, "1.1", Section.SPECIFIC, "别的类别", Score.of("10")), Actors.admin()),
                ErrorCode.DUPLICATE_CODE);
    }

    @Test
    void negativeCategoryBudgetIsRefused() {
        refused(fixture.given(DRAFTED)
                .when(new AddCategory(SCHEME, "1.2", Section.COMMON, "党的建设", Score.of("-1")), Actors.admin()),
                ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void standardIndicatorIsAddedWithItsSubItems() {
        List<SubItem> subItems = List.of(new SubItem("a", "债务控制"), new SubItem("b", "治欠保支"));
        fixture.given(DRAFTED, CATEGORY)
                .when(new AddIndicator(SCHEME, "1.1", "1.1.2", "防范化解重大风险", ScoringMode.STANDARD, Score.of("5"),
                        null, subItems, null), Actors.admin())
                .expectEvents(new IndicatorAdded(SCHEME, "1.1", "1.1.2", "防范化解重大风险", ScoringMode.STANDARD,
                        Score.of("5"), null, subItems, null));
    }

    @Test
    void indicatorOfAnUnknownCategoryIsRefused() {
        refused(fixture.given(DRAFTED, CATEGORY)
                .when(new AddIndicator(SCHEME, "9.9", "9.9.1", "无类别", ScoringMode.STANDARD, Score.of("5"), null,
                        List.of(), null), Actors.admin()),
                ErrorCode.CATEGORY_NOT_FOUND);
    }

    @Test
    void indicatorCodeIsUniqueAcrossTheWholeScheme() {
        CategoryAdded other = new CategoryAdded(SCHEME, "1.2", Section.COMMON, "党的建设", Score.of("33"));
        refused(fixture.given(DRAFTED, CATEGORY, other, POVERTY)
                .when(new AddIndicator(SCHEME, "1.2", "1.1.1", "人大工作", ScoringMode.STANDARD, Score.of("2"), null,
                        List.of(), null), Actors.admin()),
                ErrorCode.DUPLICATE_CODE);
    }

    @Test
    void standardIndicatorNeedsAPositiveMaximum() {
        refused(fixture.given(DRAFTED, CATEGORY)
                .when(new AddIndicator(SCHEME, "1.1", "1.1.1", "精准脱贫", ScoringMode.STANDARD, Score.ZERO, null,
                        List.of(), null), Actors.admin()),
                ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void standardIndicatorWithAFloorIsRefused() {
        refused(fixture.given(DRAFTED, CATEGORY)
                .when(new AddIndicator(SCHEME, "1.1", "1.1.1", "精准脱贫", ScoringMode.STANDARD, Score.of("15"),
                        Score.of("-1"), List.of(), null), Actors.admin()),
                ErrorCode.INVALID_FLOOR);
    }

    @Test
    void deductionOnlyIndicatorIsWorthZeroWithANegativeFloor() {
        fixture.given(DRAFTED, CATEGORY)
                .when(new AddIndicator(SCHEME, "1.1", "1.1.4", "深化改革工作", ScoringMode.DEDUCTION_ONLY, null,
                        Score.of("-2"), List.of(), "floor inferred from 2018 practice"), Actors.admin())
                .expectEvents(new IndicatorAdded(SCHEME, "1.1", "1.1.4", "深化改革工作", ScoringMode.DEDUCTION_ONLY,
                        Score.ZERO, Score.of("-2"), List.of(), "floor inferred from 2018 practice"));
    }

    @Test
    void deductionOnlyIndicatorWithoutAFloorIsRefused() {
        refused(fixture.given(DRAFTED, CATEGORY)
                .when(new AddIndicator(SCHEME, "1.1", "1.1.4", "深化改革工作", ScoringMode.DEDUCTION_ONLY, Score.ZERO,
                        null, List.of(), null), Actors.admin()),
                ErrorCode.INVALID_FLOOR);
    }

    @Test
    void deductionOnlyIndicatorWithAPositiveFloorIsRefused() {
        refused(fixture.given(DRAFTED, CATEGORY)
                .when(new AddIndicator(SCHEME, "1.1", "1.1.4", "深化改革工作", ScoringMode.DEDUCTION_ONLY, Score.ZERO,
                        Score.of("0.5"), List.of(), null), Actors.admin()),
                ErrorCode.INVALID_FLOOR);
    }

    @Test
    void deductionOnlyIndicatorWithAMaximumIsRefused() {
        refused(fixture.given(DRAFTED, CATEGORY)
                .when(new AddIndicator(SCHEME, "1.1", "1.1.4", "深化改革工作", ScoringMode.DEDUCTION_ONLY, Score.of("2"),
                        Score.of("-2"), List.of(), null), Actors.admin()),
                ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void bonusRuleGivesALevelItsPoints() {
        fixture.given(DRAFTED)
                .when(new DefineBonusRule(SCHEME, BonusLevel.CENTRAL_MEDIA, "中央主流媒体推介", Score.of("0.5")),
                        Actors.admin())
                .expectEvents(new BonusRuleDefined(SCHEME, BonusLevel.CENTRAL_MEDIA, "中央主流媒体推介", Score.of("0.5")));
    }

    @Test
    void bonusLevelIsDefinedOnlyOnce() {
        refused(fixture.given(DRAFTED,
                        new BonusRuleDefined(SCHEME, BonusLevel.CENTRAL_MEDIA, "中央主流媒体推介", Score.of("0.5")))
                .when(new DefineBonusRule(SCHEME, BonusLevel.CENTRAL_MEDIA, "again", Score.of("0.3")), Actors.admin()),
                ErrorCode.DUPLICATE_CODE);
    }

    @Test
    void bonusRuleWorthNothingIsRefused() {
        refused(fixture.given(DRAFTED)
                .when(new DefineBonusRule(SCHEME, BonusLevel.PROVINCIAL_MEDIA, "省级", Score.ZERO), Actors.admin()),
                ErrorCode.VALIDATION_FAILED);
    }

    @Test
    void vetoConditionIsDefined() {
        fixture.given(DRAFTED)
                .when(new DefineVetoCondition(SCHEME, "V1", "发生重大安全生产责任事故"), Actors.admin())
                .expectEvents(new VetoConditionDefined(SCHEME, "V1", "发生重大安全生产责任事故"));
    }

    @Test
    void vetoConditionCodeIsDefinedOnlyOnce() {
        refused(fixture.given(DRAFTED, new VetoConditionDefined(SCHEME, "V1", "发生重大安全生产责任事故"))
                .when(new DefineVetoCondition(SCHEME, "V1", "另一个"), Actors.admin()),
                ErrorCode.DUPLICATE_CODE);
    }

    @Test
    void nothingIsAddedToAPublishedScheme() {
        refused(fixture.given(SchemeExamples.published())
                .when(new AddCategory(SCHEME, "2.1", Section.SPECIFIC, "高质量发展任务", Score.of("20")), Actors.admin()),
                ErrorCode.SCHEME_NOT_DRAFT);
    }

    @Test
    void nothingIsAddedToAClosedScheme() {
        refused(fixture.given(SchemeExamples.concat(SchemeExamples.published(),
                        new SchemeClosed(SCHEME, "year over", FixedClock.NOW)))
                .when(new DefineVetoCondition(SCHEME, "V9", "late"), Actors.admin()),
                ErrorCode.SCHEME_CLOSED);
    }

    @Test
    void indicatorWithoutSubItemsRecordsAnEmptyList() {
        fixture.given(DRAFTED, CATEGORY)
                .when(new AddIndicator(SCHEME, "1.1", "1.1.1", "精准脱贫", ScoringMode.STANDARD, Score.of("15"), null,
                        null, null), Actors.admin())
                .expectEvents(POVERTY);
    }

    @Test
    void reviewerMayNotAddAnIndicator() {
        refused(fixture.given(DRAFTED, CATEGORY)
                .when(new AddIndicator(SCHEME, "1.1", "1.1.1", "精准脱贫", ScoringMode.STANDARD, Score.of("15"), null,
                        null, null), Actors.reviewer()),
                ErrorCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void reviewerMayNotDefineABonusRule() {
        refused(fixture.given(DRAFTED)
                .when(new DefineBonusRule(SCHEME, BonusLevel.CENTRAL_MEDIA, "中央", Score.of("0.5")), Actors.reviewer()),
                ErrorCode.ROLE_NOT_ALLOWED);
    }

    @Test
    void submitterMayNotDefineAVetoCondition() {
        refused(fixture.given(DRAFTED)
                .when(new DefineVetoCondition(SCHEME, "V1", "事故"), Actors.submitter(UnitId.of("dongshan"))),
                ErrorCode.ROLE_NOT_ALLOWED);
    }
}
