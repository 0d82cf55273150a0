package org.evaltrack.query.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.query.account.AccountSummaries;
import org.evaltrack.kernel.query.account.ListAccounts;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Every account for the office (ADMIN only, see QuerySecurityConfig); never a password hash. */
@RestController
@Tag(name = "账号 / Accounts")
class AccountListController {

    private final QueryGateway queryGateway;

    AccountListController(QueryGateway queryGateway) {
        this.queryGateway = queryGateway;
    }

    @GetMapping("/api/accounts")
    @Operation(summary = "全部账号（用户名、显示名、角色、所属单位、是否启用；不含密码） / Every account: username, display name, role, "
            + "unit, enabled; never a password", description = "仅绩效办（ADMIN） / The office (ADMIN) only")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = AccountSummaries.class), examples = @ExampleObject(value = """
                    {"accounts": [
                      {"userId": "user-office-01", "username": "office", "displayName": "县绩效办", "role": "ADMIN",
                       "unitId": null, "unitName": null, "enabled": true},
                      {"userId": "user-ds-01", "username": "dongshan", "displayName": "黄淑芬", "role": "SUBMITTER",
                       "unitId": "unit-dongshan", "unitName": "东山侗族乡", "enabled": true}]}""")))
    AccountSummaries accounts() {
        return queryGateway.query(new ListAccounts(), ResponseTypes.instanceOf(AccountSummaries.class)).join();
    }
}
