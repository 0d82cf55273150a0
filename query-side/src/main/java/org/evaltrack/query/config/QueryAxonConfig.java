package org.evaltrack.query.config;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.ZoneId;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.evaltrack.kernel.assessment.EvidenceAttachedUpcaster;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon on the query side. The serializer, the error handling and the clock are defined the same
 * way on the command side; {@code @ConditionalOnMissingBean} lets the launcher, which scans both
 * sides, keep exactly one of each.
 */
@Configuration(proxyBeanMethods = false)
public class QueryAxonConfig {

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
     * Projections run in pooled streaming processors (several query-side nodes share the segments
     * through the token store). A failing handler is never logged and skipped: the exception
     * reaches the processor, so the event is dead-lettered ({@link QueryDeadLetterConfig}) or,
     * where a group opts out of dead-lettering, the token stays before it and it is retried.
     */
    @Bean
    public ConfigurerModule queryEventProcessing() {
        return configurer -> {
            var processing = configurer.eventProcessing();
            processing.usingPooledStreamingEventProcessors();
            processing.registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance());
            processing.registerDefaultErrorHandler(c -> PropagatingErrorHandler.instance());
        };
    }

    /** Assessment deadlines are Beijing time. */
    @Bean
    @ConditionalOnMissingBean
    public Clock clock() {
        return Clock.system(ZoneId.of("Asia/Shanghai"));
    }

    /** Older events are read in today's shape; both sides read the same store, the launcher keeps one. */
    @Bean
    @ConditionalOnMissingBean
    public EvidenceAttachedUpcaster evidenceAttachedUpcaster() {
        return new EvidenceAttachedUpcaster();
    }
}
