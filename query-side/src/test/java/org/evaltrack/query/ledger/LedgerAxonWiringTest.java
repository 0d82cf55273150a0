package org.evaltrack.query.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evaltrack.query.ledger.LedgerFixture.DONGSHAN;
import static org.evaltrack.query.ledger.LedgerFixture.DONGSHAN_2019;
import static org.evaltrack.query.ledger.LedgerFixture.YANG;
import static org.evaltrack.query.ledger.LedgerFixture.assigned;
import static org.evaltrack.query.ledger.LedgerFixture.closedOut;
import static org.evaltrack.query.ledger.LedgerFixture.evidence;
import static org.evaltrack.query.ledger.LedgerFixture.opened;
import static org.evaltrack.query.ledger.LedgerFixture.t;
import static org.evaltrack.query.ledger.LedgerFixture.unit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.ledger.LedgerId;
import org.evaltrack.kernel.query.ledger.FindTaskLedger;
import org.evaltrack.kernel.query.ledger.TaskLedgerView;
import org.evaltrack.query.QuerySideJpaPackages;
import org.evaltrack.query.config.QueryFlywayConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The projection and query handler as Axon's Spring Boot auto-configuration registers them: domain events
 * appended to the event store reach the read models' group (sequence numbers and metadata resolved), and the query
 * gateway answers with the response type the controller asks for. Storage in memory, processor subscribing
 * to keep the test synchronous.
 */
@SpringBootTest(classes = LedgerAxonWiringTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:ledger-wiring;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.jpa.hibernate.ddl-auto=validate",
        "axon.axonserver.enabled=false",
        "axon.serializer.general=jackson",
        "axon.serializer.events=jackson",
        "axon.serializer.messages=jackson",
        "axon.eventhandling.processors.read-models.mode=subscribing"
})
class LedgerAxonWiringTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({QuerySideJpaPackages.class, QueryFlywayConfig.class, LedgerProjection.class, LedgerQueryHandler.class})
    static class App {
        @Bean
        EventStorageEngine eventStorageEngine() {
            return new InMemoryEventStorageEngine();
        }

        @Bean
        Clock clock() {
            return Clock.system(ZoneId.of("Asia/Shanghai"));
        }
    }

    @Autowired
    EventStore eventStore;
    @Autowired
    QueryGateway queryGateway;
    @Autowired
    TransactionTemplate transactionTemplate;
    @Autowired
    JdbcTemplate jdbc;

    private static DomainEventMessage<?> domainEvent(String aggregate, long sequence, Object payload) {
        return new GenericDomainEventMessage<>(payload.getClass().getSimpleName(), aggregate, sequence, payload,
                Map.of(ActorMetaData.USER_ID, "user-dongshan", ActorMetaData.ROLE, "SUBMITTER"));
    }

    @Test
    void events_from_the_store_reach_the_ledger_and_the_query_gateway_answers_from_it() {
        LedgerFixture.accounts(jdbc);
        String ledger = LedgerId.forAssessment(DONGSHAN_2019).value();
        LocalDate due = LocalDate.parse("2020-01-15");
        transactionTemplate.executeWithoutResult(tx -> eventStore.publish(List.of(
                domainEvent(DONGSHAN.value(), 0, unit(DONGSHAN, "东山侗族乡")),
                domainEvent(DONGSHAN_2019.value(), 0, opened(DONGSHAN_2019, DONGSHAN)),
                domainEvent(ledger, 0, assigned(DONGSHAN_2019, "task-1", YANG, "扶贫工作站", due, t(1))),
                domainEvent(ledger, 1, assigned(DONGSHAN_2019, "task-2", YANG, "扶贫工作站", due, t(2))),
                domainEvent(DONGSHAN_2019.value(), 1, evidence(DONGSHAN_2019, DONGSHAN, "evidence-1", "台账.xlsx", t(3), "task-1")),
                domainEvent(ledger, 2, closedOut(DONGSHAN_2019, "task-1", "evidence-1", YANG, due, t(1), t(3), false)))));

        Optional<TaskLedgerView> mine = queryGateway.query(FindTaskLedger.ofLeader(YANG),
                ResponseTypes.optionalInstanceOf(TaskLedgerView.class)).join();

        assertThat(mine).get().satisfies(view -> {
            assertThat(view.displayName()).isEqualTo("杨国华");
            assertThat(view.tasks()).extracting(t -> t.taskId().value()).containsExactly("task-2", "task-1");
            assertThat(view.tasks().get(1).closedBy().fileName()).isEqualTo("台账.xlsx");
        });
    }
}
