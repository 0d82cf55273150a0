package org.evaltrack.kernel.actor;

/** Metadata keys every message carries, so each event says who did it, in what role, in which request. */
public final class ActorMetaData {
    public static final String USER_ID = "userId";
    public static final String ROLE = "role";
    public static final String UNIT_ID = "unitId";
    /**
     * The request's id, shared by every command of one request and copied into their events and
     * follow-up commands. Axon's default origin provider writes the causing message's id under this
     * same key; the command side keeps that under causationId/traceId instead, so ours survives.
     */
    public static final String CORRELATION_ID = "correlationId";
    /** Optimistic concurrency: the aggregate version the caller last saw (HTTP If-Match). */
    public static final String EXPECTED_VERSION = "expectedVersion";

    private ActorMetaData() {
    }
}
