package org.evaltrack.command.api;

/** Answer to a command that created something: the id the server gave it. */
public record CreatedResponse(String id) {
}
