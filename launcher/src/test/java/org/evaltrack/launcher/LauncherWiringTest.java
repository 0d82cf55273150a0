package org.evaltrack.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.UUID;
import org.axonframework.axonserver.connector.AxonServerConnectionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.updates.configuration.UsagePropertyProvider;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.kernel.unit.UnitKind;
import org.evaltrack.kernel.unit.UnitRegistered;
import org.evaltrack.testsupport.launcher.LauncherProbes;
import org.evaltrack.testsupport.offline.OutboundCallRecorder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Both sides in one context on an H2 file database, started through the launcher's entry point. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class LauncherWiringTest {

    private static final String UPDATE_CHECKER_DISABLED = "axoniq.update-checker.disabled";
    private static final String FORCE_PRODUCTION_DETECTION = "axoniq.usage.force-test-environment";

    private final Path database = Path.of("target", "h2", UUID.randomUUID().toString()).toAbsolutePath();
    private final String url = "jdbc:h2:file:" + database
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    private String surefireSetting;
    private ConfigurableApplicationContext context;

    @BeforeAll
    void start() throws InterruptedException {
        surefireSetting = System.getProperty(UPDATE_CHECKER_DISABLED);
        System.clearProperty(UPDATE_CHECKER_DISABLED); // only the entry point may set it
        System.setProperty(FORCE_PRODUCTION_DETECTION, "true"); // else Axon leaves the checker out in tests
        OutboundCallRecorder.install();
        // validate: both migration sets together must match every entity Axon maps
        context = EvaltrackApplication.run("--server.port=0", "--spring.datasource.url=" + url,
                "--spring.jpa.hibernate.ddl-auto=validate", "--evaltrack.demo.enabled=false",
                "--spring.main.sources=" + LauncherProbes.class.getName() + ","
                        + OutboundCallRecorder.RecordingUpdateClient.class.getName());
        Thread.sleep(2_500); // the update checker would make its first call after one second
    }

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
    void eachSideAppliesItsOwnMigrationsWithItsOwnHistoryTable() throws Exception {
        try (var connection = DriverManager.getConnection(url, "sa", "");
             var command = connection.createStatement().executeQuery(
                     "SELECT count(*) FROM flyway_history_command WHERE version = '1' AND success");
             var query = connection.createStatement().executeQuery(
                     "SELECT count(*) FROM flyway_history_query WHERE version = '1' AND success")) {
            assertThat(command.next() && command.getInt(1) == 1).isTrue();
            assertThat(query.next() && query.getInt(1) == 1).isTrue();
        }
    }

    @Test
    void noDefaultDatabaseUrlStartsAnH2Server() throws Exception {
        // the launcher's, the command side's and the query side's application.yml are all on this classpath
        var files = java.util.Collections.list(getClass().getClassLoader().getResources("application.yml"));
        assertThat(files).hasSizeGreaterThanOrEqualTo(3);
        for (var file : files) {
            var yaml = new org.springframework.boot.env.YamlPropertySourceLoader()
                    .load(file.toString(), new org.springframework.core.io.UrlResource(file));
            Object url = yaml.get(0).getProperty("spring.datasource.url");
            assertThat(String.valueOf(url)).as(file.toString()).startsWith("jdbc:h2:file:./data/evaltrack;")
                    .doesNotContainIgnoringCase("AUTO_SERVER");
        }
    }

    @Test
    void theRunningEmbeddedDatabaseAdvertisesNoServer() throws Exception {
        // H2 writes a lock file with a server address and key only when it runs its automatic server
        Path lockFile = Path.of(database + ".lock.db");
        if (java.nio.file.Files.exists(lockFile)) {
            var lock = new java.util.Properties();
            try (var in = java.nio.file.Files.newInputStream(lockFile)) {
                lock.load(in);
            }
            assertThat(lock).doesNotContainKey("server");
        }
        assertThat(context.getEnvironment().getProperty("spring.datasource.url")).doesNotContainIgnoringCase("AUTO_SERVER");
    }

    @Test
    void sharedInfrastructureBeansExistOnce() {
        assertThat(context.getBeansOfType(Clock.class)).hasSize(1);
        assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(context.getBean(Serializer.class)).isInstanceOf(JacksonSerializer.class);
        assertThat(context.getBean("eventSerializer")).isSameAs(context.getBean(Serializer.class));
        assertThat(context.getBean("messageSerializer")).isSameAs(context.getBean(Serializer.class));
    }

    @Test
    void inTransactionGroupsSubscribeWithoutDeadLettersWhileProjectionsStreamWithThem() {
        var processing = context.getBean(EventProcessingConfiguration.class);
        assertThat(processing.eventProcessor("command-lookups")).get().isInstanceOf(SubscribingEventProcessor.class);
        assertThat(processing.deadLetterQueue("command-lookups")).isEmpty();
        assertThat(processing.eventProcessor(LauncherProbes.PROJECTION_GROUP)).get()
                .isInstanceOf(PooledStreamingEventProcessor.class);
        assertThat(processing.deadLetterQueue(LauncherProbes.PROJECTION_GROUP)).isPresent();
    }

    /** A sequence spanning every unit lets one unit's dead letter hold back everyone's events (issue 10, defect 2). */
    @Test
    void everyStreamingProjectionSequencesPerAggregateSoNoSequenceSpansTheUnits() {
        var processing = context.getBean(EventProcessingConfiguration.class);
        var streaming = processing.eventProcessors().entrySet().stream()
                .filter(entry -> entry.getValue() instanceof StreamingEventProcessor)
                .map(java.util.Map.Entry::getKey)
                .toList();
        assertThat(streaming).contains("totals", "trail", "ledger", "claim-sheet").doesNotContain("scorecard");
        for (String group : streaming) {
            var policy = processing.sequencingPolicy(group);
            Object dongshan = policy.getSequenceIdentifierFor(new GenericDomainEventMessage<>("Assessment", "assessment-dongshan", 4, "claim"));
            Object dongshanLater = policy.getSequenceIdentifierFor(new GenericDomainEventMessage<>("Assessment", "assessment-dongshan", 9, "claim"));
            Object changpuzi = policy.getSequenceIdentifierFor(new GenericDomainEventMessage<>("Assessment", "assessment-changpuzi", 4, "claim"));
            Object scheme = policy.getSequenceIdentifierFor(new GenericDomainEventMessage<>("AssessmentScheme", "scheme-2019", 2, "category"));
            assertThat(dongshanLater).as(group).isEqualTo(dongshan);
            assertThat(changpuzi).as(group).isNotEqualTo(dongshan);
            assertThat(scheme).as(group).isNotEqualTo(dongshan).isNotEqualTo(changpuzi);
        }
    }

    @Test
    void anEventReachesBothTheLookupAndTheProjection() {
        var event = new UnitRegistered(UnitId.of("dongshan"), "东山镇", UnitKind.TOWNSHIP);
        new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).executeWithoutResult(status ->
                context.getBean(EventStore.class).publish(
                        new GenericDomainEventMessage<>("Unit", "dongshan", 0, event)));

        assertThat(context.getBean(LauncherProbes.LookupProbe.class).seen).containsExactly(event);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> context.getBean(LauncherProbes.ProjectionProbe.class).seen.contains(event));
    }

    @Test
    void startupLogNamesTheUrl(CapturedOutput output) {
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        assertThat(output.getAll()).contains("Evaltrack is running: http://localhost:" + port);
    }

    @Test
    void theEntryPointKeepsEverythingOffline() {
        assertThat(System.getProperty(UPDATE_CHECKER_DISABLED)).isEqualTo("true");
        assertThat(context.getBean("usagePropertyProvider", UsagePropertyProvider.class).getDisabled()).isTrue();
        assertThat(OutboundCallRecorder.UPDATE_CHECKS).isEmpty();
        assertThat(OutboundCallRecorder.REMOTE_CALLS).isEmpty();
        assertThat(context.getBeansOfType(AxonServerConnectionManager.class)).isEmpty();
    }
}
