package org.evaltrack.benchmarks.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.serialization.Serializer;
import org.evaltrack.benchmarks.BenchmarkSystem;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.ReviewFinalized;
import org.evaltrack.kernel.query.totals.AssessmentTotalsView;
import org.evaltrack.kernel.query.totals.FindAssessmentTotals;
import org.evaltrack.query.admin.ProjectionAdmin;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Generated events, bulk-loaded into the real event store, are read by every real projection
 * without a dead letter, and the totals the query side computes from them are the final review's.
 */
@PostgresTest
class GeneratedEventsReplayPostgresTest {

    private static final DataShape SHAPE = DataShape.counties(1, 2);

    @Test
    void everyProjectionTakesTheGeneratedEventsAndTheTotalsAreTheFinalReviews(PostgresTestDatabase database,
                                                                            @TempDir Path blobs) throws Exception {
        try (ConfigurableApplicationContext context = BenchmarkSystem.start(database.args("--server.port=0",
                "--evaltrack.blobs.dir=" + blobs.toAbsolutePath()))) {
            List<DomainEventMessage<?>> events = new ArrayList<>();
            try (EventStoreBulkLoader loader = new EventStoreBulkLoader(context.getBean(DataSource.class),
                    context.getBean("eventSerializer", Serializer.class))) {
                EventGenerator.generate(SHAPE, 11L, event -> {
                    events.add(event);
                    loader.accept(event);
                });
            }
            ProjectionAdmin admin = context.getBean(ProjectionAdmin.class);
            await().atMost(Duration.ofMinutes(3)).until(() -> admin.groups().stream().allMatch(admin::isCaughtUp));

            assertThat(admin.statuses()).allSatisfy(status ->
                    assertThat(status.deadLetters()).as(status.group() + " dead letters").isZero());
            List<ReviewFinalized> finalized = events.stream().map(DomainEventMessage::getPayload)
                    .filter(ReviewFinalized.class::isInstance).map(ReviewFinalized.class::cast).toList();
            assertThat(finalized).hasSize(SHAPE.assessments());
            QueryGateway queries = context.getBean(QueryGateway.class);
            for (ReviewFinalized review : finalized) {
                Optional<AssessmentTotalsView> totals = queries.query(new FindAssessmentTotals(AssessmentId.of(
                        review.assessmentId().value()), null), ResponseTypes.optionalInstanceOf(AssessmentTotalsView.class)).join();
                assertThat(totals).hasValueSatisfying(view -> {
                    assertThat(view.base()).isEqualTo(review.baseScore());
                    assertThat(view.bonus()).isEqualTo(review.bonus());
                    assertThat(view.total()).isEqualTo(review.total());
                });
            }
        }
    }
}
