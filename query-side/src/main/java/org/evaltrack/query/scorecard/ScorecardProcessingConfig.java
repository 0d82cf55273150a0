package org.evaltrack.query.scorecard;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The scorecard needs a scheme's indicators before an assessment under it opens, and those come
 * from another aggregate. The default policy (per aggregate) would let segments overtake each
 * other, so this group handles all events in one sequence, whatever the segment count.
 * <p>
 * Not Axon's {@code SequentialPolicy}: its sequence identifier is a plain {@code new Object()},
 * whose hash, and with it the segment that handles every event, changes with each JVM. After a
 * restart (or on a second node) another segment took over the events from its own, older token
 * and applied them a second time. A string's hash is the same in every JVM.
 */
@Configuration(proxyBeanMethods = false)
class ScorecardProcessingConfig {

    static final String ONE_SEQUENCE = ScorecardProjection.PROCESSING_GROUP;

    @Bean
    ConfigurerModule scorecardSequencingPolicy() {
        return configurer -> configurer.eventProcessing()
                .registerSequencingPolicy(ScorecardProjection.PROCESSING_GROUP, configuration -> oneSequence());
    }

    static SequencingPolicy<Object> oneSequence() {
        return event -> ONE_SEQUENCE;
    }
}
