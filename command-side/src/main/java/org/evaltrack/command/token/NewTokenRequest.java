package org.evaltrack.command.token;

import org.evaltrack.command.web.limit.AcceptedDate;
import org.evaltrack.command.web.limit.Text;
import org.evaltrack.kernel.limit.TextLimit;
import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A token to create: what it is for (shown in the list) and when it stops working. */
public record NewTokenRequest(
        @Schema(description = "用途，如“夜间导出脚本” / What it is for, e.g. \"nightly export\"", example = "nightly export")
        @NotBlank @Text(TextLimit.LABEL) String name,
        @Schema(description = "失效时间（ISO-8601，未来一年内） / Expiry (ISO-8601, within a year)", example = "2027-06-30T00:00:00Z")
        @NotNull @Future @AcceptedDate Instant expiresAt) {
}
