package org.evaltrack.command.api;

import org.evaltrack.command.web.limit.Text;
import org.evaltrack.kernel.limit.TextLimit;
import jakarta.validation.constraints.NotBlank;

/** Body of every change that must say why (withdrawals, rejections, lifting a veto, reopening, closing). */
public record ReasonRequest(@NotBlank @Text(TextLimit.REASON) String reason) {
}
