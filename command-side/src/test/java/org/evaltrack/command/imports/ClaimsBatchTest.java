package org.evaltrack.command.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.evaltrack.command.assessment.IndicatorRule;
import org.evaltrack.command.assessment.ReportedFigureRequest;
import org.evaltrack.command.assessment.SchemeRules;
import org.evaltrack.command.imports.ClaimsBatchRequest.BonusRow;
import org.evaltrack.command.imports.ClaimsBatchRequest.ClaimRow;
import org.evaltrack.kernel.assessment.ReportedFigure;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.evaltrack.kernel.scheme.Deadlines;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.ScoringMode;
import org.evaltrack.kernel.score.Score;
import org.junit.jupiter.api.Test;

/** A JSON batch's rows meet the claims workbook's rules, and its problems name list, row, indicator and what is allowed. */
class ClaimsBatchTest {

    private static final SchemeRules RULES = new SchemeRules(SchemeId.of("scheme-t"), 2019, SchemeRules.SchemeStatus.PUBLISHED,
            new Deadlines(Instant.parse("2030-01-10T15:59:59Z"), Instant.parse("2030-01-15T15:59:59Z"),
                    Instant.parse("2030-02-28T15:59:59Z")),
            Map.of("1.1.1", new IndicatorRule("1.1.1", "1.1", ScoringMode.STANDARD, Score.of("15"), null),
                    "1.2.2", new IndicatorRule("1.2.2", "1.2", ScoringMode.STANDARD, Score.of("2"), null),
                    "2.1.2", new IndicatorRule("2.1.2", "2.1", ScoringMode.DEDUCTION_ONLY, Score.ZERO, Score.of("-2"))),
            Map.of(BonusLevel.CENTRAL_MEDIA, Score.of("0.5")), null, Map.of());

    private static ClaimRow claim(String code, String score, String narrative) {
        return new ClaimRow(code, score == null ? null : Score.of(score), narrative, null);
    }

    @Test
    void aGoodBatchBecomesTheSamePlanAWorkbookWould() {
        ClaimsPlan plan = ClaimsBatch.check(new ClaimsBatchRequest(
                List.of(new ClaimRow("1.1.1", Score.of("15"), "脱贫33户",
                                List.of(new ReportedFigureRequest("固定资产投资", new BigDecimal("1.79"), "亿"))),
                        claim("1.2.2", null, null),
                        claim("2.1.2", "-0.5", " ")),
                List.of(new BonusRow(BonusLevel.CENTRAL_MEDIA, "《东山乡：亮出公开承诺》", null, null))), RULES);

        assertThat(plan.claims()).extracting(ClaimsPlan.Claim::row, ClaimsPlan.Claim::indicatorCode, ClaimsPlan.Claim::narrative)
                .containsExactly(tuple(1, "1.1.1", "脱贫33户"), tuple(3, "2.1.2", null));
        assertThat(plan.claims().get(0).figures()).containsExactly(new ReportedFigure("固定资产投资", new BigDecimal("1.79"), "亿"));
        assertThat(plan.bonuses()).extracting(ClaimsPlan.Bonus::row, ClaimsPlan.Bonus::awardedOn).containsExactly(tuple(1, null));
    }

    @Test
    void everyBadRowIsListedWithItsIndicatorAndWhatIsAllowed() {
        ImportRejected rejection = catchThrowableOfType(ImportRejected.class, () -> ClaimsBatch.check(new ClaimsBatchRequest(
                List.of(claim("1.2.2", "3", null), claim("2.1.2", "1", null), claim("9.9.9", "1", null),
                        claim("1.1.1", null, "只写了说明"), claim(null, "1", null), claim("1.2.2", "1", null)),
                List.of(new BonusRow(BonusLevel.PROVINCIAL_MEDIA, "省报报道", null, LocalDate.of(2019, 5, 1)),
                        new BonusRow(BonusLevel.CENTRAL_MEDIA, " ", null, null))), RULES));

        assertThat(rejection).isNotNull();
        assertThat(rejection.problems()).extracting(p -> ClaimsBatch.listOf(p.sheet()), RowProblem::row, RowProblem::field,
                        RowProblem::code, RowProblem::indicator, RowProblem::allowed)
                .containsExactlyInAnyOrder(
                        tuple("claims", 1, "claimedScore", "SCORE_OUT_OF_RANGE", "1.2.2", "0.00 ~ 2.00"),
                        tuple("claims", 2, "claimedScore", "SCORE_OUT_OF_RANGE", "2.1.2", "-2.00 ~ 0.00"),
                        tuple("claims", 3, "indicatorCode", "UNKNOWN_INDICATOR", "9.9.9", null),
                        tuple("claims", 4, "claimedScore", "REQUIRED", "1.1.1", "0.00 ~ 15.00"),
                        tuple("claims", 5, "indicatorCode", "REQUIRED", null, null),
                        tuple("claims", 6, "indicatorCode", "DUPLICATE_CODE", "1.2.2", null),
                        tuple("bonusClaims", 1, "level", "BONUS_LEVEL_NOT_IN_SCHEME", null, "中央主流媒体推介"),
                        tuple("bonusClaims", 2, "title", "REQUIRED", null, null));
    }

    @Test
    void aBatchThatClaimsNothingIsRefused() {
        ImportRejected rejection = catchThrowableOfType(ImportRejected.class,
                () -> ClaimsBatch.check(new ClaimsBatchRequest(List.of(claim("1.1.1", null, null)), null), RULES));

        assertThat(rejection.problems()).extracting(RowProblem::code).containsExactly("NOTHING_TO_IMPORT");
    }
}
