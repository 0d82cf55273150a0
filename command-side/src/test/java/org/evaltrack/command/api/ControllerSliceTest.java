package org.evaltrack.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.evaltrack.command.directory.AssessmentRegistry;
import org.evaltrack.command.evidence.BlobStore;
import org.evaltrack.command.directory.TaskDirectory;
import org.evaltrack.command.security.Actor;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.unit.UnitId;
import org.junit.jupiter.api.BeforeEach;
import org.mockito.ArgumentCaptor;
import org.evaltrack.testsupport.commandslice.CommandSliceConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Base of the controller slice tests: MockMvc over the command controllers, security filters off
 * (the web branch owns authentication; here the actor comes from {@link TestActors}).
 */
@WebMvcTest
@ContextConfiguration(classes = CommandSliceConfiguration.class)
@AutoConfigureMockMvc(addFilters = false)
public abstract class ControllerSliceTest {

    protected static final String OWN_UNIT = "unit-dongshan";
    protected static final String OTHER_UNIT = "unit-huangsang";
    protected static final String ASSESSMENT = "assessment-dongshan-2019";

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected TestActors actors;

    @MockitoBean
    protected CommandGateway commandGateway;
    @MockitoBean
    protected AssessmentRegistry assessmentRegistry;
    @MockitoBean
    protected TaskDirectory taskDirectory;
    @MockitoBean
    protected BlobStore blobStore;

    @BeforeEach
    void nobodySignedIn() {
        actors.signOut();
    }

    protected Actor asAdmin() {
        return actors.actAs("user-admin", Role.ADMIN, null);
    }

    protected Actor asReviewer() {
        return actors.actAs("user-reviewer", Role.REVIEWER, null);
    }

    protected Actor asSubmitterOfOwnUnit() {
        return actors.actAs("user-huangling", Role.SUBMITTER, OWN_UNIT);
    }

    protected Actor asLeader(String userId) {
        return actors.actAs(userId, Role.LEADER, OWN_UNIT);
    }

    /** The assessment in the URL belongs to {@code unit} as far as the registry knows. */
    protected void assessmentBelongsTo(String unit) {
        when(assessmentRegistry.unitOf(AssessmentId.of(ASSESSMENT))).thenReturn(Optional.of(UnitId.of(unit)));
    }

    /** Performs the request, with {@code json} as its body when there is one. */
    protected ResultActions perform(MockHttpServletRequestBuilder request, String json) throws Exception {
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request);
    }

    /** The single command message sent through the gateway. */
    protected CommandMessage<?> dispatched() {
        ArgumentCaptor<Object> sent = ArgumentCaptor.forClass(Object.class);
        verify(commandGateway).sendAndWait(sent.capture());
        assertThat(sent.getValue()).isInstanceOf(CommandMessage.class);
        return (CommandMessage<?>) sent.getValue();
    }

    @SuppressWarnings("unchecked")
    protected <T> T dispatchedPayload(Class<T> type) {
        Object payload = dispatched().getPayload();
        assertThat(payload).isInstanceOf(type);
        return (T) payload;
    }
}
