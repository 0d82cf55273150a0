package org.evaltrack.command.lookup;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The lookup tables must change in the same transaction as the events, or a command could be
 * decided on stale rules; hence a subscribing processor whose handler failures propagate and roll
 * the command back (Axon's default would log and carry on).
 */
@Configuration(proxyBeanMethods = false)
public class CommandLookupsProcessingConfig {

    public static final String PROCESSING_GROUP = "command-lookups";

    @Bean
    public ConfigurerModule commandLookupsProcessingModule() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance()));
    }
}
