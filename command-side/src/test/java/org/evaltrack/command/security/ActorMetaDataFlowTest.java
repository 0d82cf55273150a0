package org.evaltrack.command.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.callbacks.FutureCallback;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.evaltrack.command.account.AccountRecord;
import org.evaltrack.command.api.CommandSender;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.websupport.CommandWebTest;
import org.evaltrack.websupport.ProbeAggregate.CreateProbe;
import org.evaltrack.websupport.ProbeAggregate.TouchProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Real Axon wiring (Spring Boot auto-configuration, in-memory event store): metadata from request to stored event. */
@CommandWebTest
class ActorMetaDataFlowTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Autowired
    CommandGateway gateway;

    @Autowired
    CommandBus commandBus;

    @Autowired
    EventStore eventStore;

    @AfterEach
    void leaveRequest() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void applied_event_carries_actor_and_correlation_id_of_its_command() {
        signIn("u-17", Role.SUBMITTER, "unit-dongshan");
        inRequest("req-42");
        String probe = newProbeId();

        gateway.sendAndWait(new CreateProbe(probe));

        MetaData metaData = eventsOf(probe).get(0).getMetaData();
        assertThat(metaData)
                .containsEntry(ActorMetaData.USER_ID, "u-17")
                .containsEntry(ActorMetaData.ROLE, "SUBMITTER")
                .containsEntry(ActorMetaData.UNIT_ID, "unit-dongshan")
                .containsEntry(ActorMetaData.CORRELATION_ID, "req-42");
    }

    @Test
    void command_sent_by_a_controller_with_an_expected_version_gets_the_actor_from_the_interceptor() {
        signIn("u-17", Role.SUBMITTER, "unit-dongshan");
        inRequest("req-43");
        String probe = newProbeId();
        gateway.sendAndWait(new CreateProbe(probe));

        new CommandSender(gateway).send(new TouchProbe(probe), 0L);

        assertThat(eventsOf(probe).get(1).getMetaData())
                .containsEntry(ActorMetaData.USER_ID, "u-17")
                .containsEntry(ActorMetaData.ROLE, "SUBMITTER")
                .containsEntry(ActorMetaData.UNIT_ID, "unit-dongshan")
                .containsEntry(ActorMetaData.CORRELATION_ID, "req-43");
    }

    @Test
    void applied_event_names_its_causing_command_and_the_chain_root() {
        String probe = newProbeId();

        gateway.sendAndWait(new CreateProbe(probe));

        MetaData metaData = eventsOf(probe).get(0).getMetaData();
        assertThat(metaData).containsKeys(CommandMetaDataConfig.CAUSATION_ID, CommandMetaDataConfig.TRACE_ID);
        assertThat(metaData.get(CommandMetaDataConfig.CAUSATION_ID)).isNotEqualTo(metaData.get(ActorMetaData.CORRELATION_ID));
    }

    @Test
    void actor_without_unit_adds_no_unit_id() {
        signIn("u-reviewer", Role.REVIEWER, null);
        String probe = newProbeId();

        gateway.sendAndWait(new CreateProbe(probe));

        assertThat(eventsOf(probe).get(0).getMetaData())
                .containsEntry(ActorMetaData.ROLE, "REVIEWER")
                .doesNotContainKey(ActorMetaData.UNIT_ID);
    }

    @Test
    void insane_correlation_header_is_replaced_by_a_fresh_uuid() {
        signIn("u-17", Role.ADMIN, null);
        inRequest("a b\" ; drop table");
        String probe = newProbeId();

        gateway.sendAndWait(new CreateProbe(probe));

        assertThat((String) eventsOf(probe).get(0).getMetaData().get(ActorMetaData.CORRELATION_ID)).matches(UUID_PATTERN);
    }

    @Test
    void commands_of_one_request_share_a_generated_correlation_id() {
        signIn("u-17", Role.ADMIN, null);
        inRequest(null);
        String probe = newProbeId();

        gateway.sendAndWait(new CreateProbe(probe));
        gateway.sendAndWait(new TouchProbe(probe));

        List<DomainEventMessage<?>> events = eventsOf(probe);
        assertThat(events).hasSize(2);
        assertThat(events.get(1).getMetaData().get(ActorMetaData.CORRELATION_ID))
                .isEqualTo(events.get(0).getMetaData().get(ActorMetaData.CORRELATION_ID));
    }

    @Test
    void metadata_set_by_the_sender_is_not_overwritten() {
        signIn("u-signed-in", Role.SUBMITTER, "unit-of-signed-in");
        inRequest("req-header");
        String probe = newProbeId();

        gateway.sendAndWait(GenericCommandMessage.asCommandMessage(new CreateProbe(probe)).withMetaData(Map.of(
                ActorMetaData.USER_ID, "demo-loader",
                ActorMetaData.ROLE, "ADMIN",
                ActorMetaData.CORRELATION_ID, "seed-2019")));

        assertThat(eventsOf(probe).get(0).getMetaData())
                .containsEntry(ActorMetaData.USER_ID, "demo-loader")
                .containsEntry(ActorMetaData.ROLE, "ADMIN")
                .containsEntry(ActorMetaData.CORRELATION_ID, "seed-2019")
                .doesNotContainKey(ActorMetaData.UNIT_ID);
    }

    @Test
    void command_outside_any_request_gets_a_correlation_id_but_no_actor() {
        String probe = newProbeId();

        gateway.sendAndWait(new CreateProbe(probe));

        MetaData metaData = eventsOf(probe).get(0).getMetaData();
        assertThat(metaData).doesNotContainKeys(ActorMetaData.USER_ID, ActorMetaData.ROLE);
        assertThat((String) metaData.get(ActorMetaData.CORRELATION_ID)).matches(UUID_PATTERN);
    }

    @Test
    void command_dispatched_straight_to_the_bus_is_stamped_too() throws Exception {
        signIn("u-bus", Role.ADMIN, null);
        String probe = newProbeId();

        FutureCallback<Object, Object> done = new FutureCallback<>();
        commandBus.dispatch(GenericCommandMessage.asCommandMessage(new CreateProbe(probe)), done);
        done.getResult();

        assertThat(eventsOf(probe).get(0).getMetaData()).containsEntry(ActorMetaData.USER_ID, "u-bus");
    }

    @Test
    void command_with_the_current_expected_version_is_accepted() {
        String probe = newProbeId();
        gateway.sendAndWait(new CreateProbe(probe));

        gateway.sendAndWait(GenericCommandMessage.asCommandMessage(new TouchProbe(probe))
                .withMetaData(Map.of(ActorMetaData.EXPECTED_VERSION, 0L)));

        assertThat(eventsOf(probe)).hasSize(2);
    }

    @Test
    void command_with_a_stale_expected_version_is_refused_as_conflicting() {
        String probe = newProbeId();
        gateway.sendAndWait(new CreateProbe(probe));
        gateway.sendAndWait(new TouchProbe(probe));

        assertThatThrownBy(() -> gateway.sendAndWait(GenericCommandMessage.asCommandMessage(new TouchProbe(probe))
                .withMetaData(Map.of(ActorMetaData.EXPECTED_VERSION, 0L))))
                .satisfies(thrown -> assertThat(causalChain(thrown)).hasAtLeastOneElementOfType(ConflictingAggregateVersionException.class));
        assertThat(eventsOf(probe)).hasSize(2);
    }

    @Test
    void command_without_expected_version_is_not_checked() {
        String probe = newProbeId();
        gateway.sendAndWait(new CreateProbe(probe));
        gateway.sendAndWait(new TouchProbe(probe));

        gateway.sendAndWait(new TouchProbe(probe));

        assertThat(eventsOf(probe)).hasSize(3);
    }

    private static void signIn(String userId, Role role, String unitId) {
        AccountPrincipal principal = new AccountPrincipal(new AccountRecord(
                new UserId(userId), "login-" + userId, "{noop}unused", "测试用户", role, unitId == null ? null : new UnitId(unitId), true));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    private static void inRequest(String correlationHeader) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/probe");
        if (correlationHeader != null) {
            request.addHeader(CorrelationIds.HEADER, correlationHeader);
        }
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private List<DomainEventMessage<?>> eventsOf(String aggregateId) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        eventStore.readEvents(aggregateId).forEachRemaining(events::add);
        return events;
    }

    private static String newProbeId() {
        return "probe-" + UUID.randomUUID();
    }

    private static List<Throwable> causalChain(Throwable thrown) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = thrown; t != null && chain.size() < 20; t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
