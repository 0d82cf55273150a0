package org.evaltrack.query.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.query.catalog.AssessmentPage;
import org.evaltrack.kernel.query.catalog.FindAssessmentPage;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.query.security.QueryUser;
import org.evaltrack.query.web.QueryProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assessments page by page with their totals, from the totals read model. A submitter or leader is
 * narrowed to its own unit in the query itself; naming another unit is refused.
 */
@RestController
@Tag(name = "考核列表 / Assessments")
class AssessmentCatalogController {

    private final QueryGateway queryGateway;

    AssessmentCatalogController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/assessments")
    @Operation(summary = "考核列表（分页；方案、单位、状态、得分汇总） / Assessments, paged: scheme, unit, status, totals",
            description = "按年度倒序、单位名称排列；填报员与责任领导只得到本单位，指定其他单位答 403 / "
                    + "Newest year first, then by unit name; submitters and leaders get their own unit only and are refused another unit (403)")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AssessmentPage.class), examples = @ExampleObject(value = """
                    {"page": 0, "size": 50, "total": 1, "assessments": [
                      {"assessmentId": "assessment-2019-dongshan", "schemeId": "scheme-2019-suining",
                       "schemeTitle": "2019年度乡镇绩效考核方案", "year": 2019, "unitId": "unit-dongshan", "unitName": "东山侗族乡",
                       "status": "SUBMITTED", "totals": {"base": 92.50, "bonus": 5.30, "total": 97.80, "vetoed": false}}]}""")))
    AssessmentPage assessments(
            @Parameter(description = "方案编号 / Scheme id", example = "scheme-2019-suining") @RequestParam(required = false) String schemeId,
            @Parameter(description = "单位编号 / Unit id", example = "unit-dongshan") @RequestParam(required = false) String unitId,
            @Parameter(description = "OPEN | SUBMITTED | FINALIZED") @RequestParam(required = false) String status,
            @Parameter(description = "页码，从 0 开始 / Page, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "每页条数（1–200） / Rows per page (1-200)") @RequestParam(defaultValue = "50") int size,
            @AuthenticationPrincipal QueryUser reader) {
        UnitId unit = blank(unitId) ? null : UnitId.of(unitId);
        FindAssessmentPage query = new FindAssessmentPage(blank(schemeId) ? null : SchemeId.of(schemeId), unit, status(status),
                reader.boundToUnit() ? reader.unitId() : null, page, size);
        if (reader.boundToUnit() && (reader.unitId() == null || (unit != null && !unit.equals(reader.unitId())))) {
            throw new QueryProblemException(HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN.name());
        }
        return queryGateway.query(query, ResponseTypes.instanceOf(AssessmentPage.class)).join();
    }

    private static AssessmentStatus status(String status) {
        if (blank(status)) {
            return null;
        }
        try {
            return AssessmentStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("status must be one of " + List.of(AssessmentStatus.values()) + ": " + status);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
