package org.evaltrack.query.config;

import java.util.List;
import java.util.OptionalLong;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jpa.TokenEntry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.springframework.stereotype.Component;

/**
 * Tells whether a streaming processor has caught up with the event store, for example after a
 * rebuild ({@code resetTokens()}). Do not use {@code isReplaying()} for that: Axon keeps it true
 * after the replay has finished until a new event arrives. Instead every segment's stored token
 * is compared with the head of the event store. Reads token_entry without claiming anything, so
 * it sees the segments of every query-side node.
 */
@Component
public class ReplayProgress {

    private final EntityManagerProvider entityManagerProvider;
    private final EventStore eventStore;
    private final Serializer serializer;

    public ReplayProgress(EntityManagerProvider entityManagerProvider, EventStore eventStore, Serializer serializer) {
        this.entityManagerProvider = entityManagerProvider;
        this.eventStore = eventStore;
        this.serializer = serializer;
    }

    /** True when the processor has segments and each has handled everything up to the store's head. */
    public boolean isCaughtUp(String processorName) {
        List<TokenEntry> segments = entityManagerProvider.getEntityManager()
                .createQuery("SELECT t FROM TokenEntry t WHERE t.processorName = :name", TokenEntry.class)
                .setParameter("name", processorName)
                .getResultList();
        if (segments.isEmpty()) {
            return false;
        }
        TrackingToken headToken = eventStore.createHeadToken();
        OptionalLong head = headToken == null ? OptionalLong.empty() : headToken.position();
        if (head.isEmpty()) {
            return true;
        }
        return segments.stream().allMatch(segment -> {
            TrackingToken token = segment.getToken(serializer);
            return token != null && token.position().orElse(-1) >= head.getAsLong();
        });
    }
}
