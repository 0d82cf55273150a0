package org.evaltrack.kernel.actor;

/** Metadata keys every message carries, so each event says who did it, in what role, in which request. */
public final class ActorMetaData {
    public static final String USER_ID = "userId";
    public static final String ROLE = "role";
    public static final String UNIT_ID = "unitId";
    /** Same key as Axon's own correlation data provider, so the id flows to follow-up messages. */
    public static final String CORRELATION_ID = "correlationId";
    /** Optimistic concurrency: the aggregate version the caller last saw (HTTP If-Match). */
    public static final String EXPECTED_VERSION = "expectedVersion";

    private ActorMetaData() {
    }
}
