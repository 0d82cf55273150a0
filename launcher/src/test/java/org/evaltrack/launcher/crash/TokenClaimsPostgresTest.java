package org.evaltrack.launcher.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.evaltrack.launcher.EvaltrackApplication;
import org.evaltrack.query.config.QueryEventStoreConfig;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two owners of one token table on PostgreSQL: the running application as node "node-a" (its
 * real token store, claim timeout as configured) and a second store as "node-b", built the same
 * way. A claim that its owner keeps extending cannot be taken, not even after the claim timeout;
 * a claim whose owner stopped extending it (a dead node) is taken over once the timeout has passed,
 * not before, and the old owner then learns it lost it.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenClaimsPostgresTest {

    private static final String NODE_A = "node-a";
    private static final String NODE_B = "node-b";
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final String[] args;
    private final PostgresTestDatabase database;
    private ConfigurableApplicationContext context;
    private TransactionManager transactions;
    private TokenStore nodeA;
    private JpaTokenStore nodeB;
    private Duration claimTimeout;

    TokenClaimsPostgresTest(PostgresTestDatabase database, @TempDir Path blobs) {
        this.database = database;
        this.args = database.args("--server.port=0", "--evaltrack.demo.enabled=false", "--evaltrack.axon.node-id=" + NODE_A,
                "--evaltrack.blobs.dir=" + blobs.toAbsolutePath());
    }

    @BeforeAll
    void start() {
        context = EvaltrackApplication.run(args);
        transactions = context.getBean(TransactionManager.class);
        nodeA = context.getBean(TokenStore.class);
        TokenStoreProperties properties = context.getBean(TokenStoreProperties.class);
        claimTimeout = properties.getClaimTimeout();
        nodeB = QueryEventStoreConfig.tokenStore(context.getBean(EntityManagerProvider.class), context.getBean(Serializer.class),
                properties, NODE_B);
    }

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void theClaimTimeoutIsSetExplicitlyAndTheNodeIdIsTheConfiguredOne() {
        assertThat(claimTimeout).isEqualTo(Duration.ofSeconds(10));
        awaitOwner("read-models", 0, NODE_A);
    }

    @Test
    void aClaimThatItsOwnerKeepsExtendingCannotBeStolenEvenAfterTheTimeout() {
        awaitOwner("read-models", 0, NODE_A);
        long since = System.nanoTime();

        assertThatThrownBy(() -> inTransaction(() -> nodeB.fetchToken("read-models", 0))).isInstanceOf(UnableToClaimTokenException.class);
        // the live processor extends its claim well within the timeout
        while (Duration.ofNanos(System.nanoTime() - since).compareTo(claimTimeout.plusSeconds(2)) < 0) {
            LauncherProcess.pause(Duration.ofMillis(500));
        }
        assertThatThrownBy(() -> inTransaction(() -> nodeB.fetchToken("read-models", 0))).isInstanceOf(UnableToClaimTokenException.class);
        assertThat(owner("read-models", 0)).isEqualTo(NODE_A);
    }

    @Test
    void aClaimWhoseOwnerStoppedExtendingItIsTakenOverAfterTheTimeoutNotBefore() {
        String group = "claim-probe";
        inTransaction(() -> {
            nodeA.initializeTokenSegments(group, 1, new GlobalSequenceTrackingToken(0));
            return null;
        });
        inTransaction(() -> nodeA.fetchToken(group, 0)); // node a claims, then "dies": never extends
        long claimedAt = System.nanoTime();

        Duration takenAfter = null;
        while (takenAfter == null) {
            Duration waited = Duration.ofNanos(System.nanoTime() - claimedAt);
            assertThat(waited).as("node b never took the abandoned claim").isLessThan(claimTimeout.plus(PATIENCE));
            try {
                inTransaction(() -> nodeB.fetchToken(group, 0));
                takenAfter = Duration.ofNanos(System.nanoTime() - claimedAt);
            } catch (UnableToClaimTokenException stillClaimed) {
                LauncherProcess.pause(Duration.ofMillis(250));
            }
        }

        // the claim's timestamp is set in the same instant as claimedAt, give or take a second of clock and transaction
        assertThat(takenAfter).isGreaterThanOrEqualTo(claimTimeout.minusSeconds(1));
        assertThat(owner(group, 0)).isEqualTo(NODE_B);
        assertThatThrownBy(() -> inTransaction(() -> {
            nodeA.extendClaim(group, 0);
            return null;
        })).isInstanceOf(UnableToClaimTokenException.class);
    }

    private void awaitOwner(String group, int segment, String owner) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!owner.equals(owner(group, segment))) {
            assertThat(System.nanoTime()).as("owner of %s/%d is %s", group, segment, owner(group, segment)).isLessThan(deadline);
            LauncherProcess.pause(Duration.ofMillis(250));
        }
    }

    private String owner(String group, int segment) {
        List<Object> owners = database.column("SELECT owner FROM token_entry WHERE processor_name = '" + group
                + "' AND segment = " + segment);
        return owners.isEmpty() ? null : (String) owners.get(0);
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return transactions.fetchInTransaction(work);
    }
}
