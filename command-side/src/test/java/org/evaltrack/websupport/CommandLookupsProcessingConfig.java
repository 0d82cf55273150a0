package org.evaltrack.websupport;

import org.axonframework.config.ConfigurerModule;
import org.evaltrack.command.lookup.LookupTableUpdater;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The test context has no CommandAxonConfig; it registers the lookups' group as production does:
 * subscribing, failures propagating into the command's transaction.
 */
@Configuration(proxyBeanMethods = false)
public class CommandLookupsProcessingConfig {

    @Bean
    public ConfigurerModule commandLookupsProcessingModule() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(LookupTableUpdater.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(LookupTableUpdater.PROCESSING_GROUP, configuration -> PropagatingErrorHandler.instance()));
    }
}
