package org.evaltrack.command.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.evaltrack.command.api.CallerMay;
import org.evaltrack.command.api.CallerScope;
import org.evaltrack.command.api.CommandSender;
import org.evaltrack.command.api.CreatedResponse;
import org.evaltrack.command.api.ExpectedVersion;
import org.evaltrack.command.api.MaxBody;
import org.evaltrack.command.api.PathIds;
import org.evaltrack.command.domain.Checks;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.BonusClaimId;
import org.evaltrack.kernel.assessment.ReportSectionKind;
import org.evaltrack.kernel.error.ErrorCode;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Opening an assessment (office) and the unit's own self-assessment: claims, bonus claims, submission. */
@RestController
@RequestMapping("/api/assessments")
@Tag(name = "自查自评 / Self-assessment", description = "开启考核、申报得分与加分、提交自评 / Open, claim scores and bonuses, submit")
public class AssessmentController {

    /** The claim's narrative, as ClaimScoreRequest declares it; sizes the claim's body. */
    static final int CLAIM_TEXT_CHARS = TextLimit.LONGEST;

    private final CommandSender sender;

    public AssessmentController(CommandSender sender) {
        this.sender = sender;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @CallerMay(roles = Role.ADMIN)
    @Operation(summary = "为单位开启本年度考核 / Open a unit's assessment under a scheme")
    public CreatedResponse open(@Valid @RequestBody OpenAssessmentRequest request) {
        AssessmentId assessmentId = AssessmentId.random();
        sender.send(request.toCommand(assessmentId));
        return new CreatedResponse(assessmentId.value());
    }

    @PutMapping("/{assessmentId}/claims/{indicatorCode}")
    @CallerMay(roles = {Role.SUBMITTER, Role.ADMIN}, scope = CallerScope.OWN_UNIT)
    @MaxBody(textChars = CLAIM_TEXT_CHARS)
    @Operation(summary = "申报指标自评得分 / Claim an indicator's score")
    public AssessmentChangedResponse claimScore(@PathVariable String assessmentId,
                                                @PathVariable String indicatorCode,
                                                @Valid @RequestBody ClaimScoreRequest request,
                                                @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        AssessmentId id = PathIds.assessment(assessmentId);
        String code = PathIds.code(indicatorCode, "indicatorCode");
        Long expectedVersion = ExpectedVersion.fromIfMatch(ifMatch);
        sender.send(request.toCommand(id, code), expectedVersion);
        return new AssessmentChangedResponse(id.value());
    }

    @PostMapping("/{assessmentId}/bonus-claims")
    @ResponseStatus(HttpStatus.CREATED)
    @CallerMay(roles = {Role.SUBMITTER, Role.ADMIN}, scope = CallerScope.OWN_UNIT)
    @Operation(summary = "申报创先争优加分 / Claim a bonus award")
    public CreatedResponse claimBonus(@PathVariable String assessmentId,
                                      @Valid @RequestBody ClaimBonusRequest request,
                                      @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        AssessmentId id = PathIds.assessment(assessmentId);
        Long expectedVersion = ExpectedVersion.fromIfMatch(ifMatch);
        BonusClaimId bonusClaimId = BonusClaimId.random();
        sender.send(request.toCommand(id, bonusClaimId), expectedVersion);
        return new CreatedResponse(bonusClaimId.value());
    }

    @PostMapping("/{assessmentId}/submission")
    @CallerMay(roles = {Role.SUBMITTER, Role.ADMIN}, scope = CallerScope.OWN_UNIT)
    @Operation(summary = "提交自查自评 / Submit the self-assessment")
    public AssessmentChangedResponse submit(@PathVariable String assessmentId,
                                            @Valid @RequestBody SubmitSelfAssessmentRequest request,
                                            @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        AssessmentId id = PathIds.assessment(assessmentId);
        Long expectedVersion = ExpectedVersion.fromIfMatch(ifMatch);
        sender.send(request.toCommand(id), expectedVersion);
        return new AssessmentChangedResponse(id.value());
    }

    @PutMapping("/{assessmentId}/report-sections/{kind}")
    @CallerMay(roles = Role.SUBMITTER, scope = CallerScope.OWN_UNIT)
    @MaxBody(textChars = TextLimit.LONGEST)
    @Operation(summary = "撰写自查自评报告的文字段落（measures 工作措施 / problems 存在问题及努力方向） / "
            + "Write a free-text section of the self-assessment report (measures / problems)")
    public AssessmentChangedResponse writeReportSection(@PathVariable String assessmentId,
                                                        @PathVariable String kind,
                                                        @RequestBody ReportSectionRequest request,
                                                        @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        AssessmentId id = PathIds.assessment(assessmentId);
        ReportSectionKind sectionKind = sectionKind(kind);
        Long expectedVersion = ExpectedVersion.fromIfMatch(ifMatch);
        sender.send(request.toCommand(id, sectionKind), expectedVersion);
        return new AssessmentChangedResponse(id.value());
    }

    private static ReportSectionKind sectionKind(String raw) {
        for (ReportSectionKind kind : ReportSectionKind.values()) {
            if (kind.name().equalsIgnoreCase(raw)) {
                return kind;
            }
        }
        throw Checks.refusal(ErrorCode.VALIDATION_FAILED, "kind must be measures or problems", "kind");
    }
}
