package org.evaltrack.query.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.query.UnitSummaries;
import org.evaltrack.kernel.query.catalog.ListUnitCatalog;
import org.evaltrack.query.security.QueryUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Registered units, from the totals read model; a submitter or leader is answered with its own unit only. */
@RestController
@Tag(name = "被考核单位 / Units")
class UnitCatalogController {

    private final QueryGateway queryGateway;

    UnitCatalogController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/units")
    @Operation(summary = "被考核单位（编号、名称、类型：乡镇/部门） / Units: id, name, kind (township, department)",
            description = "填报员与责任领导只得到本单位 / Submitters and leaders get their own unit only")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = UnitSummaries.class), examples = @ExampleObject(value = """
                    {"units": [{"unitId": "unit-dongshan", "name": "东山侗族乡", "kind": "TOWNSHIP"},
                               {"unitId": "unit-finance", "name": "县财政局", "kind": "DEPARTMENT"}]}""")))
    UnitSummaries units(@AuthenticationPrincipal QueryUser reader) {
        if (reader.boundToUnit() && reader.unitId() == null) {
            return new UnitSummaries(List.of());
        }
        return queryGateway.query(new ListUnitCatalog(reader.boundToUnit() ? reader.unitId() : null),
                ResponseTypes.instanceOf(UnitSummaries.class)).join();
    }
}
