package org.evaltrack.query.config;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.lifecycle.Phase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the read models' first tokens before the processor starts, on PostgreSQL under a lock every query
 * node takes. Left to Axon, two nodes started at once on a new database (docker-compose starts the query
 * replicas together) both inserted them, and the second node stopped on the duplicate key. The tokens are
 * the ones Axon would make: each segment replays from the start of the store up to its head.
 */
@Configuration(proxyBeanMethods = false)
public class FirstTokens {

    /** PostgreSQL advisory lock key ("evtokens" in ASCII). */
    private static final long LOCK = 0x6576746f6b656e73L;

    @Bean
    public ConfigurerModule firstReadModelTokens(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                                                 @Value("${" + ProjectionBatchConfig.SEGMENTS + ":" + ProjectionBatchConfig.DEFAULT_SEGMENTS + "}") int segments) {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        return configurer -> configurer.onInitialize(configuration -> configuration.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1, () -> {
            if (!postgres(jdbc)) {
                return;  // the embedded database has one process
            }
            TokenStore tokens = configuration.eventProcessingConfiguration().tokenStore(ReadModels.GROUP);
            EventStore store = configuration.eventStore();
            transaction.executeWithoutResult(status -> {
                jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, LOCK);
                if (tokens.fetchSegments(ReadModels.GROUP).length == 0) {
                    tokens.initializeTokenSegments(ReadModels.GROUP, segments, ReplayToken.createReplayToken(store.createHeadToken()));
                }
            });
        }));
    }

    private static boolean postgres(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection ->
                connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")));
    }
}
