package org.evaltrack.command.assessment;

import org.evaltrack.command.web.limit.Text;
import org.evaltrack.kernel.limit.TextLimit;

/** The note is optional: verifying needs no justification, rejecting does. */
public record VerifyBonusAwardRequest(@Text(TextLimit.REASON) String note) {
}
