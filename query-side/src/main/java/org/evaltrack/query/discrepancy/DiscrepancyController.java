package org.evaltrack.query.discrepancy;

import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.query.discrepancy.AssessmentDiscrepanciesView;
import org.evaltrack.kernel.query.discrepancy.FindAssessmentDiscrepancies;
import org.evaltrack.kernel.query.discrepancy.FindSchemeDiscrepancies;
import org.evaltrack.kernel.query.discrepancy.SchemeDiscrepanciesView;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.query.security.QueryUser;
import org.evaltrack.query.web.QueryProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Discrepancies over HTTP. Submitters and leaders read their own unit's; reviewers and admins read
 * every unit's. A scheme's own discrepancies (budgets, assumed maxima) are facts of the published
 * scheme and are shown to every reader of it.
 */
@RestController
@Tag(name = "不一致之处 / Discrepancies",
        description = "申报与计算不符、类别分值不符、缺项、无佐证、重复加分、迟交佐证、数据前后不一、假定分值 / "
                + "Declared vs computed totals, budget mismatches, missing or excessive claims, claims without evidence, "
                + "duplicate bonus claims, late evidence, conflicting figures, assumed maxima")
class DiscrepancyController {

    private final QueryGateway queryGateway;

    DiscrepancyController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/assessments/{assessmentId}/discrepancies")
    @Operation(summary = "单位考核的不一致之处 / What does not add up in one unit's assessment",
            description = "按数据计算：申报总分、基础分、加分与计算值的比较，超过满分或缺少的自评，无佐证的自评，重复加分，"
                    + "迟交佐证，换算单位后前后不一的数据；另列方案层面的类别分值不符和假定分值。每条含类型、严重程度、对象、"
                    + "应为与实为、中英文说明及依据事件编号。 / Computed from the data on every request; each entry has a "
                    + "stable kind, severity, subject, expected and found values, a message in zh-CN and en, and the ids "
                    + "of the events behind it.")
    AssessmentDiscrepanciesView ofAssessment(
            @Parameter(description = "考核编号 / assessment id") @PathVariable String assessmentId,
            @AuthenticationPrincipal QueryUser reader) {
        AssessmentId id = AssessmentId.of(assessmentId);
        Optional<AssessmentDiscrepanciesView> found = queryGateway
                .query(new FindAssessmentDiscrepancies(id), ResponseTypes.optionalInstanceOf(AssessmentDiscrepanciesView.class))
                .join();
        AssessmentDiscrepanciesView view = found.orElseThrow(() ->
                new QueryProblemException(HttpStatus.NOT_FOUND, ErrorCode.ASSESSMENT_NOT_FOUND.name(), id.value()));
        if (!reader.maySee(view.unitId())) {
            throw new QueryProblemException(HttpStatus.FORBIDDEN, ErrorCode.OTHER_UNIT.name(), id.value());
        }
        return view;
    }

    /** A reader bound to a unit is given its own unit only; the narrowing happens in the query, not after it. */
    @GetMapping("/api/schemes/{schemeId}/discrepancies")
    @Operation(summary = "方案下各单位的不一致之处 / Discrepancies under a scheme, per unit",
            description = "方案层面（类别分值与指标满分之和不符、假定分值）列一次，其余按单位分组；提交人和分管领导只看到本单位。 / "
                    + "Scheme-level ones (budget mismatches, assumed maxima) once, the rest grouped per unit; "
                    + "submitters and leaders see their own unit only.")
    SchemeDiscrepanciesView ofScheme(
            @Parameter(description = "方案编号 / scheme id") @PathVariable String schemeId,
            @AuthenticationPrincipal QueryUser reader) {
        SchemeId id = SchemeId.of(schemeId);
        if (reader.boundToUnit() && reader.unitId() == null) {
            throw new QueryProblemException(HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN.name());
        }
        FindSchemeDiscrepancies query = new FindSchemeDiscrepancies(id, reader.boundToUnit() ? reader.unitId() : null);
        return queryGateway.query(query, ResponseTypes.optionalInstanceOf(SchemeDiscrepanciesView.class))
                .join()
                .orElseThrow(() -> new QueryProblemException(HttpStatus.NOT_FOUND, ErrorCode.SCHEME_NOT_FOUND.name(), id.value()));
    }
}
