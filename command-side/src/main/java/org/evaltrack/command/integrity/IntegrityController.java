package org.evaltrack.command.integrity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.evaltrack.command.api.CallerMay;
import org.evaltrack.command.api.PathIds;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checks an assessment's history against its hash chain. A POST because it is computed on demand
 * from the command side's store, not read from a projection; it changes nothing.
 */
@RestController
@RequestMapping("/api/assessments/{assessmentId}")
@Tag(name = "完整性校验 / Integrity", description = "事件哈希链与佐证文件校验 / Hash chain and evidence file checks")
public class IntegrityController {

    private final IntegrityVerifier verifier;

    public IntegrityController(IntegrityVerifier verifier) {
        this.verifier = verifier;
    }

    @PostMapping("/integrity-check")
    @CallerMay(roles = {Role.ADMIN, Role.REVIEWER})
    @Operation(summary = "校验评估事件哈希链和佐证文件 / Verify the assessment's hash chain and evidence files")
    public IntegrityReport check(@PathVariable String assessmentId) {
        AssessmentId id = PathIds.assessment(assessmentId);
        IntegrityReport report = verifier.verify(id.value());
        if (report.eventsChecked() == 0 && report.intact()) {
            throw new DomainException(ErrorCode.ASSESSMENT_NOT_FOUND, "no assessment " + id, List.of(id.value()));
        }
        return report;
    }
}
