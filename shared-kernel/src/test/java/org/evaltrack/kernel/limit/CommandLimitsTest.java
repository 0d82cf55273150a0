package org.evaltrack.kernel.limit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.ClaimScore;
import org.evaltrack.kernel.assessment.ReportedFigure;
import org.evaltrack.kernel.ledger.AssignTask;
import org.evaltrack.kernel.ledger.LedgerId;
import org.evaltrack.kernel.ledger.ReassignTask;
import org.evaltrack.kernel.ledger.TaskId;
import org.evaltrack.kernel.scheme.AddCategory;
import org.evaltrack.kernel.scheme.Deadlines;
import org.evaltrack.kernel.scheme.DraftScheme;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.Section;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.kernel.unit.RegisterUnit;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.kernel.unit.UnitKind;
import org.junit.jupiter.api.Test;

/** Commands check their own inputs, so imports and the demo loader meet the same limits as the API. */
class CommandLimitsTest {

    private static final AssessmentId ASSESSMENT = AssessmentId.of("assessment-1");
    private static final LedgerId LEDGER = LedgerId.forAssessment(ASSESSMENT);
    private static final SchemeId SCHEME = SchemeId.of("scheme-1");

    @Test
    void theIssueCasesAreRefusedByTheCommandsThemselves() {
        assertThatThrownBy(() -> new ClaimScore(ASSESSMENT, "1.1.1", Score.of("3"), "含\u0000空字符", List.of()))
                .isInstanceOf(TextNotAcceptedException.class);
        assertThatThrownBy(() -> new ClaimScore(ASSESSMENT, "1.1.1", Score.of("3"), null,
                List.of(new ReportedFigure("投资", new BigDecimal("1e70"), "亿元"))))
                .isInstanceOf(NumberNotAcceptedException.class);
        assertThatThrownBy(() -> new RegisterUnit(UnitId.of("unit-1"), "x\uD800y", UnitKind.TOWNSHIP))
                .isInstanceOf(TextNotAcceptedException.class);
        assertThatThrownBy(() -> new AddCategory(SCHEME, "c".repeat(65), Section.COMMON, "类别", Score.of("1")))
                .isInstanceOf(TextNotAcceptedException.class);
        assertThatThrownBy(() -> new AssignTask(LEDGER, TaskId.of("t-1"), ASSESSMENT, "1.1.1", "台账", "要".repeat(1001),
                UserId.of("u-1"), "扶贫办", LocalDate.of(2020, 1, 1)))
                .isInstanceOf(TextNotAcceptedException.class);
        assertThatThrownBy(() -> new AssignTask(LEDGER, TaskId.of("t-1"), ASSESSMENT, "1.1.1", "台账", "花名册",
                UserId.of("u-1"), "扶贫办", LocalDate.MAX))
                .isInstanceOf(DateNotAcceptedException.class);
        assertThatThrownBy(() -> new ReassignTask(LEDGER, TaskId.of("t-1"), UserId.of("u-1"), "部门", "因".repeat(2001)))
                .isInstanceOf(TextNotAcceptedException.class);
        assertThatThrownBy(() -> new DraftScheme(SCHEME, 2019, "方案", "文号", "县", new Deadlines(
                Instant.parse("+300000-01-01T00:00:00Z"), Instant.parse("2019-12-20T00:00:00Z"),
                Instant.parse("2019-12-30T00:00:00Z")), Score.of("1")))
                .isInstanceOf(DateNotAcceptedException.class);
    }

    @Test
    void theValuesThatOnceFrozeAReadModelAreWithinTheLimits() {
        assertThatCode(() -> new ClaimScore(ASSESSMENT, "1.1.1", Score.of("3"), "说".repeat(20000),
                List.of(new ReportedFigure("投资", new BigDecimal("999999999999999999.999999"), "元".repeat(40)))))
                .doesNotThrowAnyException();
        assertThatCode(() -> new AssignTask(LEDGER, TaskId.of("t-1"), ASSESSMENT, "1.1.1", "台账", "要".repeat(800),
                UserId.of("u-1"), "扶贫办", LocalDate.of(2100, 12, 31))).doesNotThrowAnyException();
        assertThatCode(() -> new ReassignTask(LEDGER, TaskId.of("t-1"), UserId.of("u-1"), "部门", "因".repeat(1500)))
                .doesNotThrowAnyException();
        assertThatCode(() -> new AddCategory(SCHEME, "c".repeat(40), Section.COMMON, "类别", Score.of("1")))
                .doesNotThrowAnyException();
    }
}
