package org.evaltrack.query.web.drilldown;

import java.util.Map;
import java.util.Set;

import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.query.totals.ProvenanceEntry;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.query.web.page.BeijingTime;
import org.evaltrack.query.web.unit.ScorecardSheet;

/**
 * One event behind a score as the drill-down says it: what happened (in words), when (Beijing time), who and
 * in which role, what it concerns (a title, never an id), before → after and the reason.
 *
 * @param kindKey    message key of what happened
 * @param measureKey message key of what before → after measures (score, maximum, budget, bonus points)
 * @param roleKey    message key of the actor's role; null when unknown
 * @param subject    the bonus claim's title or the veto condition's name; null for an indicator's own events
 * @param before     shown value; null only for a bonus cap that was not set (the page says "no cap")
 * @param current    this event set the value that counts now
 * @param statedWhen 补录: when it happened (Beijing time); {@code when} is then the time it was recorded; null when live
 * @param statedWhy  补录: why it was entered after the fact; null when live
 */
public record ProvenanceLine(String kindKey, String measureKey, String when, String who, String roleKey, String subject,
                             String before, String after, String claimed, String reason, boolean current,
                             String statedWhen, String statedWhy) {

    private static final Set<String> KINDS = Set.of("SCORE_CLAIMED", "REVIEW_ADJUSTMENT_MADE", "INDICATOR_ADDED",
            "INDICATOR_REVISED", "CATEGORY_BUDGET_REVISED", "BONUS_CLAIMED", "BONUS_AWARD_VERIFIED", "BONUS_AWARD_REJECTED",
            "VETO_APPLIED", "VETO_LIFTED", "BONUS_CAP_REVISED");

    /** @param subjects titles by item code (bonus claim id, veto condition code); indicators need none */
    static ProvenanceLine of(ProvenanceEntry entry, Map<String, String> subjects) {
        String kind = KINDS.contains(entry.kind()) ? entry.kind() : "OTHER";
        return new ProvenanceLine("drill.kind." + kind, "drill.measure." + measure(kind), BeijingTime.show(entry.occurredAt()),
                entry.actorName(), role(entry.role()), subjects.get(entry.itemCode()),
                shown(kind, entry.before()), shown(kind, entry.after()),
                entry.claimed() == null ? null : ScorecardSheet.shown(entry.claimed()), entry.reason(), entry.current(),
                entry.afterTheFact() == null ? null : BeijingTime.show(entry.afterTheFact().statedAt()),
                entry.afterTheFact() == null ? null : entry.afterTheFact().reason());
    }

    /** A cap that is absent is "no cap", which the page says in words (null here); elsewhere absent is "—". */
    private static String shown(String kind, Score value) {
        return value == null && kind.equals("BONUS_CAP_REVISED") ? null : ScorecardSheet.shown(value);
    }

    private static String measure(String kind) {
        return switch (kind) {
            case "INDICATOR_ADDED", "INDICATOR_REVISED" -> "max";
            case "CATEGORY_BUDGET_REVISED" -> "budget";
            case "BONUS_CLAIMED", "BONUS_AWARD_VERIFIED", "BONUS_AWARD_REJECTED" -> "bonus";
            case "VETO_APPLIED", "VETO_LIFTED" -> "none";
            case "BONUS_CAP_REVISED" -> "cap";
            default -> "score";
        };
    }

    private static String role(String role) {
        if (role == null) {
            return null;
        }
        for (Role known : Role.values()) {
            if (known.name().equals(role)) {
                return "role." + role;
            }
        }
        return null;
    }
}
