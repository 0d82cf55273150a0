package org.evaltrack.command.assessment;

/** The earlier bonus claim a new one duplicates (same title once normalised): its id and title as the unit typed it. */
public record BonusDuplicate(String bonusClaimId, String title) {
}
