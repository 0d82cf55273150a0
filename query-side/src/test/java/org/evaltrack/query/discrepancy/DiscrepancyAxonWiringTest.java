package org.evaltrack.query.discrepancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evaltrack.query.discrepancy.DiscrepancyFixture.ASSESSMENT;
import static org.evaltrack.query.discrepancy.DiscrepancyFixture.SCHEME;
import static org.evaltrack.query.discrepancy.DiscrepancyFixture.claimed;
import static org.evaltrack.query.discrepancy.DiscrepancyFixture.opened;

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
import org.evaltrack.kernel.query.discrepancy.AssessmentDiscrepanciesView;
import org.evaltrack.kernel.query.discrepancy.DiscrepancyKind;
import org.evaltrack.kernel.query.discrepancy.DiscrepancyView;
import org.evaltrack.kernel.query.discrepancy.FindAssessmentDiscrepancies;
import org.evaltrack.kernel.query.discrepancy.FindSchemeDiscrepancies;
import org.evaltrack.kernel.query.discrepancy.SchemeDiscrepanciesView;
import org.evaltrack.query.QuerySideJpaPackages;
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
 * The projection and query handler as Axon's Spring Boot auto-configuration registers them, on the
 * embedded H2 (so the V6 migration and the entity mapping are checked there too): events published
 * on the bus reach the read models' group, and the gateway answers with the response types the
 * controller asks for. The processor is subscribing only to keep the test synchronous.
 */
@SpringBootTest(classes = DiscrepancyAxonWiringTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:discrepancy-wiring;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.jpa.hibernate.ddl-auto=validate",
        "axon.axonserver.enabled=false",
        "axon.serializer.general=jackson",
        "axon.serializer.events=jackson",
        "axon.serializer.messages=jackson",
        "axon.eventhandling.processors.read-models.mode=subscribing"
})
class DiscrepancyAxonWiringTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({QuerySideJpaPackages.class, QueryFlywayConfig.class, DiscrepancyProjection.class, DiscrepancyQueryHandler.class,
            DiscrepancyMessages.class})
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
    void published_events_reach_the_projection_and_the_query_gateway_answers_with_discrepancies() {
        List<Object> events = new ArrayList<>(DiscrepancyFixture.publishedScheme());
        events.add(opened());
        events.add(claimed("1.1", "6"));
        List<GenericEventMessage<Object>> messages = events.stream().map(e -> (GenericEventMessage<Object>) GenericEventMessage.asEventMessage(e)).toList();
        transactionTemplate.executeWithoutResult(tx -> eventBus.publish(messages));

        Optional<AssessmentDiscrepanciesView> one = queryGateway.query(new FindAssessmentDiscrepancies(ASSESSMENT),
                ResponseTypes.optionalInstanceOf(AssessmentDiscrepanciesView.class)).join();
        Optional<SchemeDiscrepanciesView> scheme = queryGateway.query(new FindSchemeDiscrepancies(SCHEME),
                ResponseTypes.optionalInstanceOf(SchemeDiscrepanciesView.class)).join();
        Optional<AssessmentDiscrepanciesView> none = queryGateway.query(new FindAssessmentDiscrepancies(AssessmentId.of("unknown")),
                ResponseTypes.optionalInstanceOf(AssessmentDiscrepanciesView.class)).join();

        List<DiscrepancyView> missing = one.orElseThrow().discrepancies().stream()
                .filter(d -> d.kind() == DiscrepancyKind.MISSING_CLAIM).toList();
        assertThat(missing).extracting(d -> d.subject().code()).containsExactly("1.2", "2.1");
        String claimEventId = messages.get(messages.size() - 1).getIdentifier();
        assertThat(one.orElseThrow().discrepancies()).filteredOn(d -> d.kind() == DiscrepancyKind.CLAIM_WITHOUT_EVIDENCE)
                .singleElement().satisfies(d -> assertThat(d.eventIds()).containsExactly(claimEventId));
        assertThat(scheme).get().extracting(v -> v.units().size()).isEqualTo(1);
        assertThat(none).isEmpty();
    }
}
