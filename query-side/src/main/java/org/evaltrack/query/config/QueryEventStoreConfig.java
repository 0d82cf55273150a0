package org.evaltrack.query.config;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.axonframework.springboot.util.RegisterDefaultEntities;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The event store and token store as Axon's auto-configuration would build them, with the gap
 * timeout, claim timeout and node id taken from explicit settings ({@link ProcessorStoreSettings},
 * {@code axon.eventhandling.tokenstore.claim-timeout}). In the launcher this engine is also the
 * command side's: one store, one bean.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ProcessorStoreSettings.class, TokenStoreProperties.class})
// Axon's own event store configuration, which this replaces, is what registers these entities otherwise
@RegisterDefaultEntities(packages = "org.axonframework.eventsourcing.eventstore.jpa")
public class QueryEventStoreConfig {

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 org.axonframework.config.Configuration configuration,
                                                 EntityManagerProvider entityManagerProvider,
                                                 TransactionManager transactionManager,
                                                 ProcessorStoreSettings settings) {
        return JpaEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .entityManagerProvider(entityManagerProvider)
                .transactionManager(transactionManager)
                .gapTimeout(Math.toIntExact(settings.gapTimeout().toMillis()))
                .build();
    }

    @Bean
    public TokenStore tokenStore(Serializer serializer, EntityManagerProvider entityManagerProvider,
                                 TokenStoreProperties tokenStoreProperties, ProcessorStoreSettings settings) {
        return tokenStore(entityManagerProvider, serializer, tokenStoreProperties, settings.nodeId());
    }

    /** Also used by tests to stand in for a second node on the same database. */
    public static JpaTokenStore tokenStore(EntityManagerProvider entityManagerProvider, Serializer serializer,
                                           TokenStoreProperties tokenStoreProperties, String nodeId) {
        JpaTokenStore.Builder builder = JpaTokenStore.builder()
                .entityManagerProvider(entityManagerProvider)
                .serializer(serializer)
                .claimTimeout(tokenStoreProperties.getClaimTimeout());
        if (!nodeId.isBlank()) {
            builder.nodeId(nodeId);
        }
        return builder.build();
    }
}
