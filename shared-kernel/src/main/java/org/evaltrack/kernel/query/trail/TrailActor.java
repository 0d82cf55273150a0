package org.evaltrack.kernel.query.trail;

/**
 * Who caused a trail row. {@code displayName} is read from the accounts when asked, never stored with
 * the event, so an erased account leaves the id only (displayName null).
 */
public record TrailActor(String userId, String displayName, String role) {
}
