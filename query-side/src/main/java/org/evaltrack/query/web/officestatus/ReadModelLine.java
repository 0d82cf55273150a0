package org.evaltrack.query.web.officestatus;

import org.evaltrack.kernel.query.admin.ReadModelState;

/**
 * One read model as the status page says it: which sentence describes its state (rebuilding, stalled, in error,
 * not running here, behind, up to date) and the rebuild's share done in whole percent.
 */
record ReadModelLine(ReadModelState state, String stateKey, String nameKey, Integer percentDone) {

    static ReadModelLine of(ReadModelState state) {
        ReadModelState.Rebuild rebuild = state.rebuild();
        String key;
        if (rebuild != null && rebuild.stalledBy() != null) {
            key = "stalledRebuild";
        } else if (rebuild != null || state.replaying()) {
            key = "rebuilding";
        } else if (state.error()) {
            key = "error";
        } else if (!state.running()) {
            key = "notRunning";
        } else if (state.caughtUp()) {
            key = "upToDate";
        } else if (state.deadLetters() > 0 && state.lag() == 0) {
            key = "upToDateButLetters";
        } else {
            key = "behind";
        }
        Integer percent = rebuild == null ? null
                : rebuild.total() <= 0 ? 100 : (int) Math.min(100, rebuild.done() * 100 / rebuild.total());
        String name = state.group().endsWith("-next") ? "next" : "current";
        return new ReadModelLine(state, "readModels.state." + key, "readModels.name." + name, percent);
    }

    /** A stall in words: the rebuild's own reason, or the processor retrying after an error. */
    public boolean stalled() {
        return state.error() || state.rebuild() != null && state.rebuild().stalledBy() != null;
    }
}
