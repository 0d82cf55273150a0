package org.evaltrack.query.totals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evaltrack.query.totals.ScorecardFixture.ASSESSMENT;
import static org.evaltrack.query.totals.ScorecardFixture.DONGSHAN;
import static org.evaltrack.query.totals.ScorecardFixture.SCHEME;
import static org.evaltrack.query.totals.ScorecardFixture.claimed;
import static org.evaltrack.query.totals.ScorecardFixture.opened;
import static org.evaltrack.query.totals.ScorecardFixture.s;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.query.FindScorecard;
import org.evaltrack.kernel.query.FindScorecardsOfScheme;
import org.evaltrack.kernel.query.ScorecardView;
import org.evaltrack.query.QuerySideJpaPackages;
import org.evaltrack.query.answers.CurrentAnswers;
import org.evaltrack.query.config.QueryFlywayConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The projection and the query handlers registered by Axon's Spring Boot auto-configuration:
 * events published on the bus reach the read models' group, and the query gateway answers with
 * the response types the controller asks for. Event storage is in memory; the processor is
 * subscribing here only to keep the test synchronous.
 */
@SpringBootTest(classes = ScorecardAxonWiringTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:scorecard-wiring;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.jpa.hibernate.ddl-auto=none",
        "axon.axonserver.enabled=false",
        "axon.serializer.general=jackson",
        "axon.serializer.events=jackson",
        "axon.serializer.messages=jackson",
        "axon.eventhandling.processors.read-models.mode=subscribing"
})
class ScorecardAxonWiringTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({QuerySideJpaPackages.class, QueryFlywayConfig.class, TotalsProjection.class, TotalsReader.class, CurrentAnswers.class,
            ScorecardQueryHandler.class, org.evaltrack.query.config.ReadModels.class})
    static class App {
        @Bean
        EventStorageEngine eventStorageEngine() {
            return new InMemoryEventStorageEngine();
        }
    }

    @Autowired
    EventBus eventBus;
    @Autowired
    QueryGateway queryGateway;
    @Autowired
    TransactionTemplate transactionTemplate;

    @Test
    void published_events_reach_the_totals_and_the_query_gateway_answers_the_scorecard_from_them() {
        List<Object> events = new ArrayList<>(ScorecardFixture.publishedScheme("10"));
        events.add(opened(ASSESSMENT, DONGSHAN));
        events.add(claimed("1.1.1", "15"));
        transactionTemplate.executeWithoutResult(tx ->
                eventBus.publish(events.stream().map(GenericEventMessage::asEventMessage).toList()));

        Optional<ScorecardView> one = queryGateway
                .query(new FindScorecard(ASSESSMENT), ResponseTypes.optionalInstanceOf(ScorecardView.class)).join();
        List<ScorecardView> all = queryGateway
                .query(new FindScorecardsOfScheme(SCHEME), ResponseTypes.multipleInstancesOf(ScorecardView.class)).join();
        Optional<ScorecardView> none = queryGateway
                .query(new FindScorecard(AssessmentId.of("unknown")), ResponseTypes.optionalInstanceOf(ScorecardView.class)).join();

        assertThat(one).get().extracting(ScorecardView::computedBase).isEqualTo(s("15"));
        assertThat(all).extracting(ScorecardView::assessmentId).containsExactly(ASSESSMENT);
        assertThat(none).isEmpty();
    }
}
