package org.evaltrack.command.scheme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.evaltrack.command.api.CallerMay;
import org.evaltrack.command.api.CommandSender;
import org.evaltrack.command.api.CommandAnswer;
import org.evaltrack.command.api.ExpectedVersion;
import org.evaltrack.command.api.PathIds;
import org.evaltrack.command.api.ReasonRequest;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.scheme.CloseScheme;
import org.evaltrack.kernel.scheme.PublishScheme;
import org.evaltrack.kernel.scheme.SchemeId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The performance office drafts, publishes, revises and closes schemes; nobody else touches them. */
@RestController
@RequestMapping("/api/schemes")
@Tag(name = "评估方案 / Schemes", description = "起草、发布、修订、关闭评估方案 / Draft, publish, revise and close schemes")
public class SchemeController {

    private final CommandSender sender;

    public SchemeController(CommandSender sender) {
        this.sender = sender;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @CallerMay(roles = Role.ADMIN)
    @Operation(summary = "起草评估方案 / Draft a scheme")
    public CommandAnswer draft(@Valid @RequestBody DraftSchemeRequest request) {
        SchemeId schemeId = SchemeId.random();
        sender.send(request.toCommand(schemeId));
        return CommandAnswer.of(schemeId.value(), "year", request.year(), "title", request.title(),
                "bonusCap", request.bonusCap() == null ? "none" : request.bonusCap(), "status", "DRAFT");
    }

    @PostMapping("/{schemeId}/categories")
    @CallerMay(roles = Role.ADMIN)
    @Operation(summary = "添加类别及分值 / Add a category with its budget")
    public CommandAnswer addCategory(@PathVariable String schemeId,
                                             @Valid @RequestBody AddCategoryRequest request,
                                             @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        SchemeId id = PathIds.scheme(schemeId);
        return send(request.toCommand(id), id, ifMatch, "categoryCode", request.categoryCode(), "budget", request.budget());
    }

    @PostMapping("/{schemeId}/indicators")
    @CallerMay(roles = Role.ADMIN)
    @Operation(summary = "添加指标 / Add an indicator")
    public CommandAnswer addIndicator(@PathVariable String schemeId,
                                              @Valid @RequestBody AddIndicatorRequest request,
                                              @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        SchemeId id = PathIds.scheme(schemeId);
        return send(request.toCommand(id), id, ifMatch, "indicatorCode", request.indicatorCode(), "maxPoints", request.maxPoints(),
                "floor", request.floor());
    }

    @PostMapping("/{schemeId}/bonus-rules")
    @CallerMay(roles = Role.ADMIN)
    @Operation(summary = "定义创先争优加分规则 / Define a bonus rule")
    public CommandAnswer defineBonusRule(@PathVariable String schemeId,
                                                 @Valid @RequestBody DefineBonusRuleRequest request,
                                                 @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        SchemeId id = PathIds.scheme(schemeId);
        return send(request.toCommand(id), id, ifMatch, "level", request.level(), "pointsPerItem", request.pointsPerItem());
    }

    @PostMapping("/{schemeId}/veto-conditions")
    @CallerMay(roles = Role.ADMIN)
    @Operation(summary = "定义一票否决情形 / Define a veto condition")
    public CommandAnswer defineVetoCondition(@PathVariable String schemeId,
                                                     @Valid @RequestBody DefineVetoConditionRequest request,
                                                     @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        SchemeId id = PathIds.scheme(schemeId);
        return send(request.toCommand(id), id, ifMatch, "conditionCode", request.conditionCode());
    }

    @PostMapping("/{schemeId}/publication")
    @CallerMay(roles = Role.ADMIN)
    @Operation(summary = "发布评估方案 / Publish a scheme")
    public CommandAnswer publish(@PathVariable String schemeId,
                                         @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        SchemeId id = PathIds.scheme(schemeId);
        return send(new PublishScheme(id), id, ifMatch, "status", "PUBLISHED");
    }

    @PostMapping("/{schemeId}/indicators/{indicatorCode}/revisions")
    @CallerMay(roles = Role.ADMIN)
    @Operation(summary = "修订指标分值 / Revise an indicator's maximum and floor")
    public CommandAnswer reviseIndicator(@PathVariable String schemeId,
                                                 @PathVariable String indicatorCode,
                                                 @Valid @RequestBody ReviseIndicatorRequest request,
                                                 @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        SchemeId id = PathIds.scheme(schemeId);
        String code = PathIds.code(indicatorCode, "indicatorCode");
        return send(request.toCommand(id, code), id, ifMatch, "indicatorCode", code, "maxPoints", request.maxPoints(),
                "floor", request.floor());
    }

    @PostMapping("/{schemeId}/categories/{categoryCode}/revisions")
    @CallerMay(roles = Role.ADMIN)
    @Operation(summary = "修订类别分值 / Revise a category's budget")
    public CommandAnswer reviseCategoryBudget(@PathVariable String schemeId,
                                                      @PathVariable String categoryCode,
                                                      @Valid @RequestBody ReviseCategoryBudgetRequest request,
                                                      @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        SchemeId id = PathIds.scheme(schemeId);
        String code = PathIds.code(categoryCode, "categoryCode");
        return send(request.toCommand(id, code), id, ifMatch, "categoryCode", code, "budget", request.budget());
    }

    @PostMapping("/{schemeId}/deadline-revisions")
    @CallerMay(roles = Role.ADMIN)
    @Operation(summary = "调整时间节点 / Revise the deadlines")
    public CommandAnswer reviseDeadlines(@PathVariable String schemeId,
                                                 @Valid @RequestBody ReviseDeadlinesRequest request,
                                                 @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        SchemeId id = PathIds.scheme(schemeId);
        return send(request.toCommand(id), id, ifMatch, "deadlines", request.deadlines().toDeadlines());
    }

    @PostMapping("/{schemeId}/bonus-cap-revisions")
    @CallerMay(roles = Role.ADMIN)
    @Operation(summary = "修订加分上限 / Revise the bonus cap",
            description = "已发布方案的加分上限修订，须写明理由；bonusCap 为空或不填表示取消上限。"
                    + " / Revises a published scheme's cap on the bonus, with a reason; a null or missing bonusCap lifts the cap.")
    public CommandAnswer reviseBonusCap(@PathVariable String schemeId,
                                        @Valid @RequestBody ReviseBonusCapRequest request,
                                        @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        SchemeId id = PathIds.scheme(schemeId);
        return send(request.toCommand(id), id, ifMatch, "bonusCap", request.bonusCap() == null ? "none" : request.bonusCap());
    }

    @PostMapping("/{schemeId}/closure")
    @CallerMay(roles = Role.ADMIN)
    @Operation(summary = "关闭评估方案 / Close a scheme")
    public CommandAnswer close(@PathVariable String schemeId,
                                       @Valid @RequestBody ReasonRequest request,
                                       @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        SchemeId id = PathIds.scheme(schemeId);
        return send(new CloseScheme(id, request.reason()), id, ifMatch, "status", "CLOSED");
    }


    /** @param changed label, value, label, value…: what the call changed, for the answer */
    private CommandAnswer send(Object command, SchemeId schemeId, String ifMatch, Object... changed) {
        Long expectedVersion = ExpectedVersion.fromIfMatch(ifMatch);
        sender.send(command, expectedVersion);
        return CommandAnswer.of(schemeId.value(), changed);
    }
}
