package org.evaltrack.command.assessment;

import jakarta.validation.constraints.Size;

/** The note is optional: verifying needs no justification, rejecting does. */
public record VerifyBonusAwardRequest(@Size(max = 2000) String note) {
}
