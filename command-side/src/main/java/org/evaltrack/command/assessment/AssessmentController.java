package org.evaltrack.command.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.evaltrack.command.api.CallerMay;
import org.evaltrack.command.api.CallerScope;
import org.evaltrack.command.api.CommandSender;
import org.evaltrack.command.api.CommandAnswer;
import org.evaltrack.command.api.ExpectedVersion;
import org.evaltrack.command.api.MaxBody;
import org.evaltrack.command.api.PathIds;
import org.evaltrack.command.domain.Checks;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.BonusClaimId;
import org.evaltrack.kernel.assessment.ClaimScore;
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
    private final FigureWarnings figureWarnings;

    public AssessmentController(CommandSender sender, FigureWarnings figureWarnings) {
        this.sender = sender;
        this.figureWarnings = figureWarnings;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @CallerMay(roles = Role.ADMIN)
    @Operation(summary = "为单位开启本年度考核 / Open a unit's assessment under a scheme")
    public CommandAnswer open(@Valid @RequestBody OpenAssessmentRequest request) {
        AssessmentId assessmentId = AssessmentId.random();
        sender.send(request.toCommand(assessmentId));
        return CommandAnswer.of(assessmentId.value(), "schemeId", request.schemeId(), "unitId", request.unitId(),
                "status", "OPEN");
    }

    @PutMapping("/{assessmentId}/claims/{indicatorCode}")
    @CallerMay(roles = {Role.SUBMITTER, Role.ADMIN}, scope = CallerScope.OWN_UNIT)
    @MaxBody(textChars = CLAIM_TEXT_CHARS)
    @Operation(summary = "申报指标自评得分 / Claim an indicator's score",
            description = "报送数据的单位可写简写（亿、万、万元、亿元）；系统无法换算的单位仍保存，但在回答的 warnings 中提示。"
                    + " / Figure units may be written as clerks write them (亿, 万, 万元, 亿元); a unit the system cannot"
                    + " convert is still stored, and the answer's warnings say so.")
    public CommandAnswer claimScore(@PathVariable String assessmentId,
                                                @PathVariable String indicatorCode,
                                                @Valid @RequestBody ClaimScoreRequest request,
                                                @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        AssessmentId id = PathIds.assessment(assessmentId);
        String code = PathIds.code(indicatorCode, "indicatorCode");
        Long expectedVersion = ExpectedVersion.fromIfMatch(ifMatch);
        ClaimScore command = request.toCommand(id, code);
        sender.send(command, expectedVersion);
        return CommandAnswer.of(id.value(), "indicatorCode", code, "claimedScore", command.claimedScore(),
                        "reportedFigures", command.reportedFigures().size())
                .withWarnings(figureWarnings.of(code, command.reportedFigures()));
    }

    @PostMapping("/{assessmentId}/bonus-claims")
    @ResponseStatus(HttpStatus.CREATED)
    @CallerMay(roles = {Role.SUBMITTER, Role.ADMIN}, scope = CallerScope.OWN_UNIT)
    @Operation(summary = "申报创先争优加分 / Claim a bonus award",
            description = "awardedOn 可不填（来源未注明日期）。回答的 changed.duplicate 说明是否与先前的加分项重复，"
                    + "changed.duplicateOf 给出是哪一项（id 与名称）。 / awardedOn may be left out when the source gives no"
                    + " date. The answer's changed.duplicate says whether the claim duplicates an earlier one, and"
                    + " changed.duplicateOf which (its id and title).")
    public CommandAnswer claimBonus(@PathVariable String assessmentId,
                                      @Valid @RequestBody ClaimBonusRequest request,
                                      @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        AssessmentId id = PathIds.assessment(assessmentId);
        Long expectedVersion = ExpectedVersion.fromIfMatch(ifMatch);
        BonusClaimId bonusClaimId = BonusClaimId.random();
        BonusDuplicate original = sender.send(request.toCommand(id, bonusClaimId), expectedVersion);
        return CommandAnswer.of(bonusClaimId.value(), "assessmentId", id.value(), "level", request.level(),
                "title", request.title(), "awardedOn", request.awardedOn(), "duplicate", original != null,
                "duplicateOf", original);
    }

    @PostMapping("/{assessmentId}/submission")
    @CallerMay(roles = {Role.SUBMITTER, Role.ADMIN}, scope = CallerScope.OWN_UNIT)
    @Operation(summary = "提交自查自评 / Submit the self-assessment")
    public CommandAnswer submit(@PathVariable String assessmentId,
                                            @Valid @RequestBody SubmitSelfAssessmentRequest request,
                                            @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        AssessmentId id = PathIds.assessment(assessmentId);
        Long expectedVersion = ExpectedVersion.fromIfMatch(ifMatch);
        sender.send(request.toCommand(id), expectedVersion);
        return CommandAnswer.of(id.value(), "status", "SUBMITTED");
    }

    @PutMapping("/{assessmentId}/report-sections/{kind}")
    @CallerMay(roles = Role.SUBMITTER, scope = CallerScope.OWN_UNIT)
    @MaxBody(textChars = TextLimit.LONGEST)
    @Operation(summary = "撰写自查自评报告的文字段落（measures 工作措施 / problems 存在问题及努力方向） / "
            + "Write a free-text section of the self-assessment report (measures / problems)")
    public CommandAnswer writeReportSection(@PathVariable String assessmentId,
                                                        @PathVariable String kind,
                                                        @RequestBody ReportSectionRequest request,
                                                        @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        AssessmentId id = PathIds.assessment(assessmentId);
        ReportSectionKind sectionKind = sectionKind(kind);
        Long expectedVersion = ExpectedVersion.fromIfMatch(ifMatch);
        sender.send(request.toCommand(id, sectionKind), expectedVersion);
        return CommandAnswer.of(id.value(), "section", sectionKind);
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
