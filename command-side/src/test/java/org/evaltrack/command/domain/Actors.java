package org.evaltrack.command.domain;

import java.util.HashMap;
import java.util.Map;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.unit.UnitId;

/** Message metadata as the web layer puts it on commands, one actor per method. */
public final class Actors {

    private Actors() {
    }

    public static Map<String, Object> admin() {
        return as(Role.ADMIN, "u-admin", null);
    }

    public static Map<String, Object> reviewer() {
        return as(Role.REVIEWER, "u-reviewer", null);
    }

    /** A reviewer who works for {@code unit} themselves. */
    public static Map<String, Object> reviewerOf(UnitId unit) {
        return as(Role.REVIEWER, "u-reviewer-" + unit.value(), unit.value());
    }

    public static Map<String, Object> submitter(UnitId unit) {
        return as(Role.SUBMITTER, "u-submitter-" + unit.value(), unit.value());
    }

    public static Map<String, Object> leader(String userId) {
        return as(Role.LEADER, userId, null);
    }

    /** A leader whose account is bound to {@code unit}. */
    public static Map<String, Object> leaderOf(UnitId unit, String userId) {
        return as(Role.LEADER, userId, unit.value());
    }

    public static Map<String, Object> nobody() {
        return Map.of(ActorMetaData.USER_ID, "u-anonymous");
    }

    private static Map<String, Object> as(Role role, String userId, String unitId) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(ActorMetaData.USER_ID, userId);
        metaData.put(ActorMetaData.ROLE, role.name());
        metaData.put(ActorMetaData.CORRELATION_ID, "c-test");
        if (unitId != null) {
            metaData.put(ActorMetaData.UNIT_ID, unitId);
        }
        return metaData;
    }
}
