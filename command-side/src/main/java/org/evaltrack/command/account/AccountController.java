package org.evaltrack.command.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Map;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.unit.UnitId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Account administration. Only ADMIN reaches it (see CommandSecurityConfig). */
@RestController
@RequestMapping("/api/accounts")
@Tag(name = "账号 / Accounts")
public class AccountController {

    private final AccountService accounts;

    public AccountController(AccountService accounts) {
        this.accounts = accounts;
    }

    @Operation(summary = "开设账号（管理员） / Open an account (admin only)")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, String>> register(@Valid @RequestBody NewAccountRequest request) {
        UserId userId = accounts.register(
                request.username(),
                request.password(),
                request.displayName(),
                request.role(),
                request.unitId() == null || request.unitId().isBlank() ? null : new UnitId(request.unitId()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", userId.value()));
    }
}
