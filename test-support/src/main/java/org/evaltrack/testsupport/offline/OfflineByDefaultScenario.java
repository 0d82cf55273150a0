package org.evaltrack.testsupport.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.JpaEventStorageEngine;
import org.axonframework.updates.UpdateChecker;
import org.axonframework.updates.configuration.UsagePropertyProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * AXON-NOTES 5 and 6: started through its real entry point, a side never phones home (no update check,
 * no Axon Server) and makes no outbound call. Each side's test names its entry point in {@link #start}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class OfflineByDefaultScenario {

    private static final String UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";
    private static final String FORCE_PRODUCTION_DETECTION = "axoniq.usage.force-test-environment";

    private String surefireSetting;
    private ConfigurableApplicationContext context;

    @BeforeAll
    void startLikeProduction() throws InterruptedException {
        surefireSetting = System.getProperty(UPDATE_CHECKER_DISABLED);
        System.clearProperty(UPDATE_CHECKER_DISABLED); // only the entry point may set it
        System.setProperty(FORCE_PRODUCTION_DETECTION, "true"); // else Axon leaves the checker out in tests
        OutboundCallRecorder.install();
        context = start("--server.port=0",
                "--spring.main.sources=" + OutboundCallRecorder.RecordingUpdateClient.class.getName());
        Thread.sleep(2_500); // the update checker would make its first call after one second
    }

    /** Starts the side through its real entry point, as production does. */
    protected abstract ConfigurableApplicationContext start(String... args);

    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
        }
        System.clearProperty(FORCE_PRODUCTION_DETECTION);
        if (surefireSetting != null) {
            System.setProperty(UPDATE_CHECKER_DISABLED, surefireSetting);
        }
    }

    @Test
    void theEntryPointDisablesTheUpdateCheckerAndTheConsoleMessage() {
        assertThat(System.getProperty(UPDATE_CHECKER_DISABLED)).isEqualTo("true");
        assertThat(System.getProperty("disable-axoniq-console-message")).isEqualTo("true");
        assertThat(context.getBean(UpdateChecker.class)).isNotNull();
        assertThat(context.getBean("usagePropertyProvider", UsagePropertyProvider.class).getDisabled()).isTrue();
    }

    @Test
    void theUpdateCheckerSendsNothing() {
        assertThat(OutboundCallRecorder.UPDATE_CHECKS).isEmpty();
    }

    @Test
    void noAxonServerConnectorIsActiveAndEventsGoToTheDatabase() {
        assertThat(context.getBeansOfType(AxonServerConnectionManager.class)).isEmpty();
        assertThat(context.getBean(EventStorageEngine.class)).isInstanceOf(JpaEventStorageEngine.class);
    }

    @Test
    void nothingIsCalledOutsideTheMachine() {
        assertThat(OutboundCallRecorder.REMOTE_CALLS).isEmpty();
    }
}
