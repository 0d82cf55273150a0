package org.evaltrack.command.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.evaltrack.kernel.assessment.EvidenceAttachedUpcaster;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.PropertySource;

/**
 * Axon on the command side. The serializer, the error handling and the clock are defined the
 * same way on the query side; {@code @ConditionalOnMissingBean} lets the launcher, which scans
 * both sides, keep exactly one of each.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource("classpath:evaltrack/command-processing.properties")
public class CommandAxonConfig {

    /** Processing groups that must see an event inside the transaction of the command that applied it. */
    public static final String IN_TRANSACTION_GROUPS = "evaltrack.axon.in-transaction-groups";

    /**
     * Jackson for general, event and message serialization: Axon's XStream default writes records
     * but cannot read them back. Axon's message/event serializers fall back to this primary one.
     */
    @Bean
    @Primary
    @ConditionalOnMissingBean(Serializer.class)
    public Serializer serializer() {
        return JacksonSerializer.builder()
                .objectMapper(JsonMapper.builder()
                        .addModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                        // an older node must still read events a newer node wrote with an extra field
                        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .build())
                .build();
    }

    /**
     * A failing event handler must never be logged and skipped: the exception reaches the
     * processor (streaming: the token stays put or the event is dead-lettered; subscribing: the
     * command fails and its transaction rolls back).
     */
    @Bean
    public ConfigurerModule commandEventProcessing(@Value("${" + IN_TRANSACTION_GROUPS + "}") List<String> inTransaction) {
        return configurer -> {
            var processing = configurer.eventProcessing();
            processing.registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
            processing.registerDefaultErrorHandler(c -> PropagatingErrorHandler.instance());
            inTransaction.forEach(processing::registerSubscribingEventProcessor);
        };
    }

    /** Older events are read in today's shape; both sides read the same store, the launcher keeps one. */
    @Bean
    @ConditionalOnMissingBean
    public EvidenceAttachedUpcaster evidenceAttachedUpcaster() {
        return new EvidenceAttachedUpcaster();
    }

    /** Assessment deadlines are Beijing time. */
    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.system(ZoneId.of("Asia/Shanghai"));
    }
}
