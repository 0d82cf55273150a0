package org.evaltrack.query.scorecard;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One sequence per aggregate (a scheme, a unit, an assessment), said here rather than left to
 * Axon's default so that it stays so: a sequence spanning every unit let one unit's poison event
 * hold back every scorecard behind its dead letter. The projection keeps its results independent
 * of the order between aggregates itself ({@link ScorecardProjection}).
 */
@Configuration(proxyBeanMethods = false)
class ScorecardProcessingConfig {

    @Bean
    ConfigurerModule scorecardSequencingPolicy() {
        return configurer -> configurer.eventProcessing()
                .registerSequencingPolicy(ScorecardProjection.PROCESSING_GROUP, configuration -> perAggregate());
    }

    static SequencingPolicy<? super EventMessage<?>> perAggregate() {
        return SequentialPerAggregatePolicy.instance();
    }
}
