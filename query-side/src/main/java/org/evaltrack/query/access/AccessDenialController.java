package org.evaltrack.query.access;

import io.swagger.v3.oas.annotations.Operation;
import org.evaltrack.kernel.query.admin.ListAccessDenials;
import org.evaltrack.query.web.DateParameter;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Refused requests of both sides, for administrators (ADMIN only, see QuerySecurityConfig). */
@RestController
@RequestMapping("/api/access-denials")
@Tag(name = "拒绝访问记录 / Access denials")
@SecurityRequirement(name = "basic")
class AccessDenialController {

    static final int MAX_SIZE = ListAccessDenials.MAX_SIZE;

    private final AccessDenialLog denials;

    AccessDenialController(AccessDenialLog denials) {
        this.denials = denials;
    }

    @GetMapping
    @Operation(summary = "查看被拒绝的访问 / List denied access attempts",
            description = "每次 401/403：何人、何时、何种请求、拒绝代码、来源地址；新的在前 / "
                    + "Every 401/403: who, when, which request, the refusal code, the remote address; newest first")
    AccessDenialPage list(
            @Parameter(description = "起始时刻（含），ISO-8601 / From this instant (inclusive), ISO-8601")
            @RequestParam(required = false) String from,
            @Parameter(description = "截止时刻（不含），ISO-8601 / Up to this instant (exclusive), ISO-8601")
            @RequestParam(required = false) String to,
            @Parameter(description = "用户编号或用户名 / User id or username")
            @RequestParam(required = false) String user,
            @Parameter(description = "页码，从 0 开始 / Page number, from 0")
            @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "每页条数（最多 500） / Rows per page (at most 500)")
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and " + MAX_SIZE);
        }
        return denials.find(DateParameter.instant("from", from), DateParameter.instant("to", to),
                user == null || user.isBlank() ? null : user, page, size);
    }
}
