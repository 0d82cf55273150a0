package org.evaltrack.query.scorecard;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.async.SequentialPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The scorecard needs a scheme's indicators before an assessment under it opens, and those come
 * from another aggregate. The default policy (per aggregate) would let segments overtake each
 * other, so this group handles all events in one sequence, whatever the segment count.
 */
@Configuration(proxyBeanMethods = false)
class ScorecardProcessingConfig {

    @Bean
    ConfigurerModule scorecardSequencingPolicy() {
        return configurer -> configurer.eventProcessing()
                .registerSequencingPolicy(ScorecardProjection.PROCESSING_GROUP, configuration -> new SequentialPolicy());
    }
}
