package org.evaltrack.query.trail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.query.answers.CurrentAnswers;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.AssessmentOpened;
import org.evaltrack.kernel.assessment.ReviewAdjustmentMade;
import org.evaltrack.kernel.query.trail.FindAssessmentTrail;
import org.evaltrack.kernel.query.trail.FindSchemeTrail;
import org.evaltrack.kernel.query.trail.TrailEntryKind;
import org.evaltrack.kernel.query.trail.TrailEntryView;
import org.evaltrack.kernel.query.trail.TrailFilter;
import org.evaltrack.kernel.query.trail.TrailPage;
import org.evaltrack.kernel.score.Score;
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
 * The trail projection and query handler as Axon's Spring Boot auto-configuration registers them,
 * on the embedded default (H2 in PostgreSQL mode): events on the bus reach the read models' group, with
 * their metadata, and the gateway answers with the response types the controller asks for.
 */
@SpringBootTest(classes = TrailAxonWiringTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "spring.datasource.url=jdbc:h2:mem:trail-wiring;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.jpa.hibernate.ddl-auto=validate",
        "axon.axonserver.enabled=false",
        "axon.serializer.general=jackson",
        "axon.serializer.events=jackson",
        "axon.serializer.messages=jackson",
        "axon.eventhandling.processors.read-models.mode=subscribing"
})
class TrailAxonWiringTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({QuerySideJpaPackages.class, QueryFlywayConfig.class, TrailProjection.class, TrailQueryHandler.class, CurrentAnswers.class})
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
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void published_events_reach_the_trail_and_the_query_gateway_answers_from_it() {
        jdbc.execute("create table if not exists account (user_id varchar(64) primary key, display_name varchar(100) not null)");
        jdbc.update("insert into account values ('user-reviewer', '县绩效办审核员')");
        String a = TrailScenario.ASSESSMENT.value();
        Instant opened = Instant.parse("2019-12-01T00:00:00Z");
        Instant adjusted = Instant.parse("2020-01-20T06:30:00Z");
        Map<String, String> reviewer = Map.of(ActorMetaData.USER_ID, "user-reviewer", ActorMetaData.ROLE, "REVIEWER",
                ActorMetaData.CORRELATION_ID, "corr-1");
        transactionTemplate.executeWithoutResult(tx -> eventBus.publish(List.of(
                new GenericDomainEventMessage<>("AssessmentOpened", a, 0, new AssessmentOpened(TrailScenario.ASSESSMENT,
                        TrailScenario.SCHEME, TrailScenario.DONGSHAN, 2019, opened), Map.of(), "event-0", opened),
                new GenericDomainEventMessage<>("ReviewAdjustmentMade", a, 1, new ReviewAdjustmentMade(TrailScenario.ASSESSMENT,
                        TrailScenario.SCHEME, TrailScenario.DONGSHAN, "1.2.2", Score.of("3"), Score.of("2"), Score.of("3"),
                        "会议记录不全"), reviewer, "event-1", adjusted))));

        Optional<TrailPage> one = queryGateway.query(new FindAssessmentTrail(TrailScenario.ASSESSMENT,
                TrailFilter.indicator("1.2.2"), null), ResponseTypes.optionalInstanceOf(TrailPage.class)).join();
        TrailPage scheme = queryGateway.query(new FindSchemeTrail(TrailScenario.SCHEME, null, null, null),
                ResponseTypes.instanceOf(TrailPage.class)).join();
        Optional<TrailPage> none = queryGateway.query(new FindAssessmentTrail(AssessmentId.of("unknown"), null, null),
                ResponseTypes.optionalInstanceOf(TrailPage.class)).join();

        assertThat(one).get().extracting(TrailPage::rows).asList().singleElement().satisfies(row -> {
            TrailEntryView view = (TrailEntryView) row;
            assertThat(view.kind()).isEqualTo(TrailEntryKind.REVIEW_ADJUSTMENT);
            assertThat(view.actor().displayName()).isEqualTo("县绩效办审核员");
            assertThat(view.occurredAt()).isEqualTo(adjusted);
            assertThat(view.eventId()).isEqualTo("event-1");
        });
        assertThat(scheme.totalRows()).isEqualTo(1);
        assertThat(none).isEmpty();
    }
}
