package org.evaltrack.query.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.query.catalog.FindSchemeTree;
import org.evaltrack.kernel.query.catalog.ListSchemeCatalog;
import org.evaltrack.kernel.query.catalog.SchemeCatalog;
import org.evaltrack.kernel.query.catalog.SchemeTree;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.query.security.QueryUser;
import org.evaltrack.query.web.QueryProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Schemes and their indicator trees for scripts, from the totals read model. Schemes hold no unit's
 * data, so every signed-in reader sees them; drafts are the office's (ADMIN) work in progress and
 * are unknown to everyone else.
 */
@RestController
@Tag(name = "评估方案 / Schemes")
class SchemeCatalogController {

    static final String LIST_EXAMPLE = """
            {"schemes": [
              {"schemeId": "scheme-2020-suining", "year": 2020, "title": "2020年度乡镇绩效考核方案", "state": "DRAFT"},
              {"schemeId": "scheme-2019-suining", "year": 2019, "title": "2019年度乡镇绩效考核方案", "state": "CLOSED"}]}""";
    static final String TREE_EXAMPLE = """
            {"schemeId": "scheme-2019-suining", "year": 2019, "title": "2019年度乡镇绩效考核方案", "state": "PUBLISHED",
             "bonusCap": 10.00,
             "sections": [{"section": "COMMON", "categories": [
               {"categoryCode": "1.1", "name": "三大攻坚战", "budget": 30.00, "indicators": [
                 {"indicatorCode": "1.1.1", "name": "精准脱贫", "scoringMode": "STANDARD", "maxPoints": 15.00, "floor": null},
                 {"indicatorCode": "1.1.2", "name": "安全生产", "scoringMode": "DEDUCTION_ONLY", "maxPoints": 15.00, "floor": -5.00}]}]}]}""";

    private final QueryGateway queryGateway;

    SchemeCatalogController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/schemes")
    @Operation(summary = "评估方案列表（编号、年度、名称、状态：草稿/已发布/已关闭） / Schemes: id, year, title, state (draft, published, closed)",
            description = "草稿仅绩效办（ADMIN）可见 / Drafts are listed for the office (ADMIN) only")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = SchemeCatalog.class), examples = @ExampleObject(value = LIST_EXAMPLE)))
    SchemeCatalog schemes(@AuthenticationPrincipal QueryUser reader) {
        return queryGateway.query(new ListSchemeCatalog(office(reader)), ResponseTypes.instanceOf(SchemeCatalog.class)).join();
    }

    @GetMapping("/api/schemes/{schemeId}")
    @Operation(summary = "评估方案及其指标树（部分 → 类别及分值 → 指标的满分、下限与计分方式） / A scheme with its indicator tree: "
            + "sections, categories with budget, indicators with max points, floor and scoring mode",
            description = "草稿对绩效办以外的账号答 404；bonusCap 为 null 表示方案不设加分上限"
                    + " / A draft is answered 404 to everyone but the office; a null bonusCap means the scheme sets no cap")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = SchemeTree.class), examples = @ExampleObject(value = TREE_EXAMPLE)))
    SchemeTree scheme(@Parameter(example = "scheme-2019-suining") @PathVariable String schemeId,
                      @AuthenticationPrincipal QueryUser reader) {
        SchemeId id = SchemeId.of(schemeId);
        return queryGateway.query(new FindSchemeTree(id, office(reader)), ResponseTypes.optionalInstanceOf(SchemeTree.class))
                .join()
                .orElseThrow(() -> new QueryProblemException(HttpStatus.NOT_FOUND, ErrorCode.SCHEME_NOT_FOUND.name(), id.value()));
    }

    private static boolean office(QueryUser reader) {
        return reader.role() == Role.ADMIN;
    }
}
