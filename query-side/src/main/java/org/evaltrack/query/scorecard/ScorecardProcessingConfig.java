package org.evaltrack.query.scorecard;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The scorecard needs a scheme's indicators before an assessment under it opens, and those come
 * from another aggregate. The default policy (per aggregate) would let segments overtake each
 * other, so this group handles all events in one sequence, whatever the segment count.
 * <p>
 * The sequence is named by a string, not Axon's {@code SequentialPolicy}: that one answers an
 * object whose hash code differs from JVM to JVM, so two query-side nodes would each route the
 * group's events to a different segment, and events could be handled twice or by no node at all
 * ({@code QueryScaleOutPostgresTest}).
 */
@Configuration(proxyBeanMethods = false)
class ScorecardProcessingConfig {

    static final String ONE_SEQUENCE = "scorecard";

    @Bean
    ConfigurerModule scorecardSequencingPolicy() {
        return configurer -> configurer.eventProcessing()
                .registerSequencingPolicy(ScorecardProjection.PROCESSING_GROUP, configuration -> event -> ONE_SEQUENCE);
    }
}
