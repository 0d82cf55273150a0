package org.evaltrack.command.security;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who-did-it metadata: stamped on commands at dispatch, copied from each command into its events. */
@Configuration(proxyBeanMethods = false)
public class CommandMetaDataConfig {

    /** Id of the message that caused this one. */
    public static final String CAUSATION_ID = "causationId";
    /** Id of the first message of the chain, as Axon names it. */
    public static final String TRACE_ID = "traceId";

    /**
     * Registered on the bus rather than declared as an interceptor bean: Axon's Spring Boot support
     * would also put such a bean on the gateway, and commands dispatched straight to the bus
     * (loaders, tests) would then miss it.
     */
    @Bean
    public InitializingBean actorMetaDataInterceptorRegistration(CommandBus commandBus, SecurityContextActorProvider actors) {
        return () -> commandBus.registerDispatchInterceptor(new ActorMetaDataInterceptor(actors));
    }

    /** Axon copies only correlationId and traceId by default; events must also say who and in which role. */
    @Bean
    public CorrelationDataProvider actorCorrelationDataProvider() {
        return new SimpleCorrelationDataProvider(
                ActorMetaData.USER_ID, ActorMetaData.ROLE, ActorMetaData.UNIT_ID, ActorMetaData.CORRELATION_ID);
    }

    /**
     * Axon's default provider would write the causing message's id under "correlationId",
     * overwriting our request-wide id (and Axon drops it anyway once any other provider bean exists).
     * Kept under its own key, so events still say which command caused them and which message
     * started the chain.
     */
    @Bean
    public CorrelationDataProvider commandMessageOriginProvider() {
        return new MessageOriginProvider(CAUSATION_ID, TRACE_ID);
    }
}
