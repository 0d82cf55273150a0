package org.evaltrack.query.config;

import java.util.Set;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configurer;
import org.axonframework.eventhandling.deadletter.jpa.JpaSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Every query-side processing group gets a JPA dead-letter queue (table dead_letter_entry). With
 * Axon's default sequencing policy a letter is sequenced per aggregate: once an event of an
 * aggregate is dead-lettered, that aggregate's later events queue behind it (order is kept) while
 * other aggregates go on. Letters are retried through
 * {@code EventProcessingConfiguration#sequencedDeadLetterProcessor(group)}.
 * <p>
 * Left out: groups that opt out with {@code axon.eventhandling.processors.<group>.dlq.enabled=false}
 * (their failures block the processor until fixed) and the command side's in-transaction groups
 * (property {@value #IN_TRANSACTION_GROUPS}, set by the command side, seen here in the launcher):
 * a dead-letter queue would swallow the failure that must roll their command back.
 * <p>
 * What is dead-lettered: failures the event causes; a failing database is retried instead
 * ({@link RetryWhenTheDatabaseFails}). Each new dead-lettered sequence is logged at WARN
 * ({@link WarnedDeadLetterQueue}) and shown by {@code GET /api/projections}.
 * <p>
 * Replaces Axon's own provider module, which enables dead-lettering only per property.
 */
@Configuration(proxyBeanMethods = false)
public class QueryDeadLetterConfig {

    static final String IN_TRANSACTION_GROUPS = "evaltrack.axon.in-transaction-groups";

    @Bean
    public DeadLetterQueueProviderConfigurerModule queryDeadLetterQueues(
            EventProcessorProperties eventProcessorProperties,
            EntityManagerProvider entityManagerProvider,
            TransactionManager transactionManager,
            Serializer generalSerializer,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            Environment environment) {
        return new DeadLetterQueueProviderConfigurerModule(eventProcessorProperties, group -> null) {
            @Override
            public void configureModule(Configurer configurer) {
                configurer.eventProcessing().registerDefaultDeadLetterPolicy(config -> new RetryWhenTheDatabaseFails());
                configurer.eventProcessing().registerDeadLetterQueueProvider(group ->
                        deadLettered(environment, group)
                                ? config -> new WarnedDeadLetterQueue(group, JpaSequencedDeadLetterQueue.builder()
                                        .processingGroup(group)
                                        .entityManagerProvider(entityManagerProvider)
                                        .transactionManager(transactionManager)
                                        .genericSerializer(generalSerializer)
                                        .eventSerializer(eventSerializer)
                                        .build())
                                : null);
            }
        };
    }

    static boolean deadLettered(Environment environment, String group) {
        Set<String> inTransaction = Set.of(
                environment.getProperty(IN_TRANSACTION_GROUPS, String[].class, new String[0]));
        return !inTransaction.contains(group)
                && environment.getProperty("axon.eventhandling.processors." + group + ".dlq.enabled",
                Boolean.class, true);
    }
}
