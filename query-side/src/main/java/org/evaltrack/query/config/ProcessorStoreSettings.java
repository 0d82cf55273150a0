package org.evaltrack.query.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the query side's processors read the event store and share their segments. Set explicitly
 * (application.yml) because the PostgreSQL connection timeouts must stay below {@code gapTimeout},
 * and a default hidden in Axon cannot be checked against them.
 *
 * @param gapTimeout how long a processor waits for a missing global index (a transaction that took
 *                   it but has not committed) before it gives up on it; an event committed later
 *                   than this would be skipped, so no transaction may stay open that long
 * @param nodeId     the owner name written into claimed tokens; blank: Axon's default (pid@host).
 *                   Two nodes must never share one
 */
@ConfigurationProperties("evaltrack.axon")
public record ProcessorStoreSettings(Duration gapTimeout, String nodeId) {

    public ProcessorStoreSettings {
        gapTimeout = gapTimeout == null ? Duration.ofSeconds(60) : gapTimeout;
        nodeId = nodeId == null ? "" : nodeId.strip();
    }
}
