package org.evaltrack.query.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.query.claimsheet.ClaimSheetView;
import org.evaltrack.kernel.query.claimsheet.FindClaimSheet;
import org.evaltrack.query.security.QueryUser;
import org.evaltrack.query.web.QueryProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An assessment's evidence as the claim-sheet read model holds it (the same answer the scorecard and
 * review pages show); the unit's own readers, reviewers and the office only.
 */
@RestController
@Tag(name = "佐证材料清单 / Evidence list")
class EvidenceListController {

    private final QueryGateway queryGateway;

    EvidenceListController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/assessments/{assessmentId}/evidence")
    @Operation(summary = "考核的全部佐证材料（名称、类型、大小、SHA-256、拍摄与接收时间、是否逾期、状态、关联指标） / "
            + "An assessment's evidence: name, type, size, SHA-256, capture and receipt time, late or not, state, linked indicators",
            description = "撤回与驳回的也列出，附原因；最早接收的在前 / Withdrawn and rejected pieces are listed too, with the reason; oldest first")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = EvidenceList.class), examples = @ExampleObject(value = """
                    {"assessmentId": "assessment-2019-dongshan", "unitId": "unit-dongshan", "evidenceDue": "2020-01-15T15:59:59Z",
                     "evidence": [{"evidenceId": "evidence-ds-01", "fileName": "脱贫台账.pdf", "mediaType": "application/pdf",
                       "sizeBytes": 48213, "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                       "receivedAt": "2020-01-10T03:15:00Z", "capturedAt": "2020-01-09T08:00:00Z", "late": false, "state": "ACTIVE",
                       "indicatorCodes": ["1.1.1"], "stateReason": null, "captureTimeAccepted": false, "acceptanceReason": null}]}""")))
    EvidenceList evidence(@Parameter(example = "assessment-2019-dongshan") @PathVariable String assessmentId,
                          @AuthenticationPrincipal QueryUser reader) {
        AssessmentId id = AssessmentId.of(assessmentId);
        ClaimSheetView sheet = queryGateway.query(new FindClaimSheet(id), ResponseTypes.optionalInstanceOf(ClaimSheetView.class))
                .join()
                .orElseThrow(() -> new QueryProblemException(HttpStatus.NOT_FOUND, ErrorCode.ASSESSMENT_NOT_FOUND.name(), id.value()));
        if (!reader.maySee(sheet.unitId())) {
            throw new QueryProblemException(HttpStatus.FORBIDDEN, ErrorCode.OTHER_UNIT.name(), id.value());
        }
        return new EvidenceList(id.value(), sheet.unitId().value(), sheet.evidenceDue(), sheet.evidence());
    }

    /** @param evidenceDue the scheme's evidence deadline, against which {@code late} was judged */
    record EvidenceList(String assessmentId, String unitId, Instant evidenceDue, List<ClaimSheetView.EvidenceItem> evidence) {
    }
}
