package org.evaltrack.command.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of every change that must say why (withdrawals, rejections, lifting a veto, reopening, closing). */
public record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {
}
