package org.evaltrack.query.config;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.axonframework.eventhandling.async.SequentialPerAggregatePolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one processing group of every read model. Each event is read from the store and deserialized once
 * for all views, and a batch's changes to every view commit with one token: all views answer at the same
 * position, and a unit whose event fails is held back in every view alike.
 */
@Configuration(proxyBeanMethods = false)
public class ReadModels {

    public static final String GROUP = "read-models";

    /** Per aggregate, stated rather than left to a default: a scheme, a unit and each assessment are sequences of their own. */
    @Bean
    ConfigurerModule readModelSequencing() {
        return configurer -> configurer.eventProcessing().registerSequencingPolicy(GROUP, configuration -> perAggregate());
    }

    public static SequencingPolicy<? super EventMessage<?>> perAggregate() {
        return SequentialPerAggregatePolicy.instance();
    }
}
