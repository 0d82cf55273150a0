package org.evaltrack.command.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.evaltrack.command.api.CallerMay;
import org.evaltrack.command.api.CallerScope;
import org.evaltrack.command.api.CommandAnswer;
import org.evaltrack.command.api.CommandSender;
import org.evaltrack.command.api.ExpectedVersion;
import org.evaltrack.command.api.PathIds;
import org.evaltrack.command.api.ReasonRequest;
import org.evaltrack.command.security.OfficeAfterTheFactOnly;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.assessment.AcceptCaptureTime;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.assessment.BonusClaimId;
import org.evaltrack.kernel.assessment.FinalizeReview;
import org.evaltrack.kernel.assessment.LiftVeto;
import org.evaltrack.kernel.assessment.RejectBonusAward;
import org.evaltrack.kernel.assessment.RejectEvidence;
import org.evaltrack.kernel.assessment.ReopenAssessment;
import org.evaltrack.kernel.assessment.VerifyBonusAward;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The reviewers' side (审核): adjustments, bonus decisions, evidence decisions, vetoes, finalisation. */
@RestController
@RequestMapping("/api/assessments/{assessmentId}")
@Tag(name = "审核 / Review", description = "审核调整、加分核定、佐证审核、一票否决、审核定稿 / Adjust, verify, reject, veto, finalise")
public class ReviewController {

    private final CommandSender sender;

    public ReviewController(CommandSender sender) {
        this.sender = sender;
    }

    @PostMapping("/adjustments")
    @CallerMay(roles = {Role.REVIEWER, Role.ADMIN}, scope = CallerScope.NOT_OWN_UNIT_REVIEW)
    @OfficeAfterTheFactOnly
    @Operation(summary = "审核调整指标得分 / Adjust an indicator's score")
    public CommandAnswer adjust(@PathVariable String assessmentId,
                                            @Valid @RequestBody AdjustScoreRequest request,
                                            @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        AssessmentId id = PathIds.assessment(assessmentId);
        return send(request.toCommand(id), id, ifMatch, "indicatorCode", request.indicatorCode(), "newScore", request.newScore());
    }

    @PostMapping("/bonus-claims/{bonusClaimId}/verification")
    @CallerMay(roles = {Role.REVIEWER, Role.ADMIN}, scope = CallerScope.NOT_OWN_UNIT_REVIEW)
    @OfficeAfterTheFactOnly
    @Operation(summary = "核定加分项 / Verify a bonus claim")
    public CommandAnswer verifyBonus(@PathVariable String assessmentId,
                                                 @PathVariable String bonusClaimId,
                                                 @Valid @RequestBody(required = false) VerifyBonusAwardRequest request,
                                                 @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        AssessmentId id = PathIds.assessment(assessmentId);
        String note = request == null ? null : request.note();
        BonusClaimId bonus = PathIds.bonusClaim(bonusClaimId);
        return send(new VerifyBonusAward(id, bonus, note), id, ifMatch, "bonusClaimId", bonus.value(), "state", "VERIFIED");
    }

    @PostMapping("/bonus-claims/{bonusClaimId}/rejection")
    @CallerMay(roles = {Role.REVIEWER, Role.ADMIN}, scope = CallerScope.NOT_OWN_UNIT_REVIEW)
    @OfficeAfterTheFactOnly
    @Operation(summary = "驳回加分项 / Reject a bonus claim")
    public CommandAnswer rejectBonus(@PathVariable String assessmentId,
                                                 @PathVariable String bonusClaimId,
                                                 @Valid @RequestBody ReasonRequest request,
                                                 @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        AssessmentId id = PathIds.assessment(assessmentId);
        BonusClaimId bonus = PathIds.bonusClaim(bonusClaimId);
        return send(new RejectBonusAward(id, bonus, request.reason()), id, ifMatch, "bonusClaimId", bonus.value(),
                "state", "REJECTED");
    }

    @PostMapping("/evidence/{evidenceId}/rejection")
    @CallerMay(roles = Role.REVIEWER, scope = CallerScope.NOT_OWN_UNIT_REVIEW)
    @Operation(summary = "退回佐证材料 / Reject a piece of evidence")
    public CommandAnswer rejectEvidence(@PathVariable String assessmentId,
                                                    @PathVariable String evidenceId,
                                                    @Valid @RequestBody ReasonRequest request,
                                                    @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        AssessmentId id = PathIds.assessment(assessmentId);
        EvidenceId evidence = PathIds.evidence(evidenceId);
        return send(new RejectEvidence(id, evidence, request.reason()), id, ifMatch, "evidenceId", evidence.value(),
                "state", "REJECTED");
    }

    @PostMapping("/evidence/{evidenceId}/capture-time-acceptance")
    @CallerMay(roles = Role.REVIEWER, scope = CallerScope.NOT_OWN_UNIT_REVIEW)
    @Operation(summary = "认可佐证的采集时间 / Accept the evidence's capture time for lateness")
    public CommandAnswer acceptCaptureTime(@PathVariable String assessmentId,
                                                       @PathVariable String evidenceId,
                                                       @Valid @RequestBody ReasonRequest request,
                                                       @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        AssessmentId id = PathIds.assessment(assessmentId);
        EvidenceId evidence = PathIds.evidence(evidenceId);
        return send(new AcceptCaptureTime(id, evidence, request.reason()), id, ifMatch, "evidenceId", evidence.value(),
                "captureTimeAccepted", true);
    }

    @PostMapping("/vetoes")
    @CallerMay(roles = {Role.REVIEWER, Role.ADMIN}, scope = CallerScope.NOT_OWN_UNIT_REVIEW)
    @OfficeAfterTheFactOnly
    @Operation(summary = "一票否决 / Apply a veto")
    public CommandAnswer applyVeto(@PathVariable String assessmentId,
                                               @Valid @RequestBody ApplyVetoRequest request,
                                               @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        AssessmentId id = PathIds.assessment(assessmentId);
        return send(request.toCommand(id), id, ifMatch, "conditionCode", request.conditionCode(), "vetoed", true);
    }

    @PostMapping("/vetoes/{conditionCode}/lifting")
    @CallerMay(roles = Role.REVIEWER, scope = CallerScope.NOT_OWN_UNIT_REVIEW)
    @Operation(summary = "撤销一票否决 / Lift a veto")
    public CommandAnswer liftVeto(@PathVariable String assessmentId,
                                              @PathVariable String conditionCode,
                                              @Valid @RequestBody ReasonRequest request,
                                              @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        AssessmentId id = PathIds.assessment(assessmentId);
        String code = PathIds.code(conditionCode, "conditionCode");
        return send(new LiftVeto(id, code, request.reason()), id, ifMatch, "conditionCode", code, "vetoed", false);
    }

    @PostMapping("/finalization")
    @CallerMay(roles = {Role.REVIEWER, Role.ADMIN}, scope = CallerScope.NOT_OWN_UNIT_REVIEW)
    @OfficeAfterTheFactOnly
    @Operation(summary = "审核定稿 / Finalise the review")
    public CommandAnswer finalizeReview(@PathVariable String assessmentId,
                                                    @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        AssessmentId id = PathIds.assessment(assessmentId);
        return send(new FinalizeReview(id), id, ifMatch, "status", "FINALIZED");
    }

    @PostMapping("/reopening")
    @CallerMay(roles = {Role.REVIEWER, Role.ADMIN}, scope = CallerScope.NOT_OWN_UNIT_REVIEW)
    @Operation(summary = "重新开放考核 / Reopen a submitted or finalised assessment")
    public CommandAnswer reopen(@PathVariable String assessmentId,
                                            @Valid @RequestBody ReasonRequest request,
                                            @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        AssessmentId id = PathIds.assessment(assessmentId);
        return send(new ReopenAssessment(id, request.reason()), id, ifMatch, "reopened", true);
    }

    /** @param changed label, value, label, value…: what the call changed, for the answer */
    private CommandAnswer send(Object command, AssessmentId id, String ifMatch, Object... changed) {
        Long expectedVersion = ExpectedVersion.fromIfMatch(ifMatch);
        sender.send(command, expectedVersion);
        return CommandAnswer.of(id.value(), changed);
    }
}
