package org.evaltrack.command.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.evaltrack.command.api.CallerMay;
import org.evaltrack.command.api.CallerScope;
import org.evaltrack.command.api.CommandAnswer;
import org.evaltrack.command.api.MaxBody;
import org.evaltrack.command.api.PathIds;
import org.evaltrack.command.assessment.BonusDuplicate;
import org.evaltrack.command.imports.ImportResults.ClaimsImported;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every claim of an assessment in one JSON request and one transaction: the claims workbook's rows as
 * JSON, checked by the same rules ({@link ClaimsBatch}); a batch with any problem stores nothing.
 */
@RestController
@Tag(name = "自查自评 / Self-assessment", description = "开启考核、申报得分与加分、提交自评 / Open, claim scores and bonuses, submit")
public class ClaimsBatchController {

    /** A batch may carry many narratives; sized like the largest workbook an import accepts. */
    static final int BATCH_TEXT_CHARS = 2 * 1024 * 1024 / 6;

    private final ImportService imports;

    public ClaimsBatchController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping("/api/assessments/{assessmentId}/claims:batch")
    @CallerMay(roles = {Role.SUBMITTER, Role.ADMIN}, scope = CallerScope.OWN_UNIT)
    @MaxBody(textChars = BATCH_TEXT_CHARS)
    @Operation(summary = "一次申报全部自评分、报送数据和加分 / Claim every score, figure and bonus in one request",
            description = "与 Excel 自评导入同一套检查：有问题则 422 逐行列出（行号、指标、数值、可填范围，中英文），不保存任何内容；"
                    + "无误则在一个事务中全部保存。单位无法换算的报送数据在 warnings 中提示。"
                    + " / Checked by the claims workbook's rules: any problem is a 422 listing every row (row, indicator,"
                    + " value, what is allowed, in Chinese and English) and nothing is stored; otherwise everything is"
                    + " stored in one transaction. Figures whose unit cannot be converted are listed under warnings.")
    public CommandAnswer claimAll(@PathVariable String assessmentId, @Valid @RequestBody ClaimsBatchRequest request) {
        AssessmentId id = PathIds.assessment(assessmentId);
        ClaimsImported imported = imports.importClaims(id, request);
        return CommandAnswer.of(id.value(), "claims", imported.claims(), "figures", imported.figures(),
                        "bonusClaims", imported.bonusClaims(),
                        "rows", imported.rows().stream().map(BatchRow::of).toList())
                .withWarnings(imported.warnings());
    }

    /** A stored row of the batch, named by its list as the batch's problems are. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record BatchRow(String list, int row, String outcome, String indicatorCode, String bonusClaimId, Boolean duplicate,
                    BonusDuplicate duplicateOf) {

        static BatchRow of(ImportResults.RowOutcome row) {
            return new BatchRow(ClaimsBatch.listOf(row.sheet()), row.row(), row.outcome(), row.indicatorCode(),
                    row.bonusClaimId(), row.duplicate(), row.duplicateOf());
        }
    }
}
