package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.axonframework.eventhandling.DomainEventMessage;
import org.evaltrack.kernel.ledger.TaskClosedOut;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference case as a reviewer sees it over HTTP, on PostgreSQL: 东山侗族乡 declared
 * 100 / 5.3 / 105.3, but what its claims add up to is 92.00, because the 政协工作 claim of 3
 * (maximum 2) was refused and 人大工作 and 重点民生实事 were never claimed.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCaseOverHttpPostgresTest {

    private static final String SCORECARDS = "/api/schemes/scheme-2019-suining/scorecards";

    private final RunningSystem system;
    private JsonNode dongshan;

    DemoCaseOverHttpPostgresTest(PostgresTestDatabase database, @TempDir Path blobs) {
        this.system = new RunningSystem(database, blobs);
    }

    @BeforeAll
    void startAndReadTheScorecard() {
        HttpApi api = system.start().http();
        // the projection follows the event stream on its own thread; the card is complete once submitted
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            HttpApi.Answer answer = api.get("reviewer", SCORECARDS);
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            dongshan = StreamSupport.stream(answer.json().spliterator(), false)
                    .filter(card -> card.path("unitName").asText().equals("东山侗族乡"))
                    .findFirst().orElse(null);
            return dongshan != null && !dongshan.path("declared").isNull() && !dongshan.path("declared").isMissingNode()
                    && dongshan.path("claimedBonus").decimalValue().signum() > 0;
        });
    }

    @AfterAll
    void stop() {
        system.close();
    }

    @Test
    void theDeclaredTotalsAreKeptAsWritten() {
        assertThat(dongshan.path("declared").path("base").decimalValue()).isEqualByComparingTo("100");
        assertThat(dongshan.path("declared").path("bonus").decimalValue()).isEqualByComparingTo("5.3");
        assertThat(dongshan.path("declared").path("total").decimalValue()).isEqualByComparingTo("105.3");
    }

    @Test
    void theComputedBaseIsWhatTheAcceptedClaimsAddUpTo() {
        assertThat(dongshan.path("computedBase").decimalValue()).isEqualByComparingTo("92.00");
        assertThat(dongshan.path("computedBase").asText()).isEqualTo("92.00");
    }

    @Test
    void theRefusedClaimAndTheUnclaimedIndicatorsCountForNothing() {
        assertThat(indicator("政协工作").path("maxPoints").decimalValue()).isEqualByComparingTo("2");
        assertThat(indicator("政协工作").path("claimedScore").isNull()).isTrue();
        assertThat(indicator("人大工作").path("claimedScore").isNull()).isTrue();
        assertThat(indicator("重点民生实事").path("claimedScore").isNull()).isTrue();
    }

    @Test
    void theClaimedBonusIsTheSumOfAllTwelveBonusClaims() {
        assertThat(dongshan.path("claimedBonus").decimalValue()).isEqualByComparingTo("5.60");
    }

    @Test
    void theLedgerTaskClosedByEvidenceIsClosedOut() {
        List<DomainEventMessage<?>> ledger = system.events("ledger:assessment-2019-dongshan");

        assertThat(ledger).filteredOn(event -> event.getPayload() instanceof TaskClosedOut)
                .extracting(event -> ((TaskClosedOut) event.getPayload()).taskId().value())
                .contains("task-ds-01");
    }

    private JsonNode indicator(String name) {
        return StreamSupport.stream(dongshan.path("indicators").spliterator(), false)
                .filter(row -> row.path("name").asText().startsWith(name))
                .findFirst().orElseThrow(() -> new AssertionError("no indicator " + name + " in " + dongshan));
    }
}
