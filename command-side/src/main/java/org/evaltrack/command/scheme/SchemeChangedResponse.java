package org.evaltrack.command.scheme;

/** Answer to a change of an existing scheme. */
public record SchemeChangedResponse(String schemeId) {
}
