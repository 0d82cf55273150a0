package org.evaltrack.command.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.EvidenceAttached;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.assessment.EvidenceRejected;
import org.evaltrack.kernel.assessment.EvidenceWithdrawn;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.ledger.CloseOutTask;
import org.evaltrack.kernel.ledger.LedgerId;
import org.evaltrack.kernel.ledger.ReopenTask;
import org.evaltrack.kernel.ledger.TaskId;
import org.evaltrack.kernel.unit.UnitId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class TaskCloseOutPolicyTest {

    private static final AssessmentId ASSESSMENT = AssessmentId.of("a-dongshan-2019");
    private static final LedgerId LEDGER = LedgerId.forAssessment(ASSESSMENT);
    private static final EvidenceId EVIDENCE = EvidenceId.of("ev-1");
    private static final TaskId T1 = TaskId.of("t-1");
    private static final TaskId T2 = TaskId.of("t-2");
    private static final MetaData ACTOR = MetaData.from(Map.of(ActorMetaData.USER_ID, "u-huang",
            ActorMetaData.ROLE, "SUBMITTER", ActorMetaData.UNIT_ID, "dongshan", "traceId", "x"));

    private CommandGateway gateway;
    private TaskCloseOutPolicy policy;

    @BeforeEach
    void setUp() {
        gateway = mock(CommandGateway.class);
        policy = new TaskCloseOutPolicy(gateway);
    }

    private static EvidenceAttached attached(Set<TaskId> taskIds) {
        return new EvidenceAttached(ASSESSMENT, UnitId.of("dongshan"), EVIDENCE, "a.pdf", "application/pdf", 10,
                "0".repeat(64), Set.of("1.1.1"), taskIds, Instant.EPOCH, null, Instant.EPOCH, false);
    }

    private List<CommandMessage<?>> sent(int count) {
        ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);
        verify(gateway, times(count)).sendAndWait(captor.capture());
        List<CommandMessage<?>> messages = new ArrayList<>();
        captor.getAllValues().forEach(m -> messages.add((CommandMessage<?>) m));
        return messages;
    }

    private List<Object> sentPayloads(int count) {
        return sent(count).stream().map(m -> (Object) m.getPayload()).toList();
    }

    @Test
    void attachedEvidenceClosesOutEveryTaskItServes() {
        policy.on(attached(Set.of(T1, T2)), ACTOR);

        assertThat(sentPayloads(2)).containsExactlyInAnyOrder(
                new CloseOutTask(LEDGER, T1, EVIDENCE), new CloseOutTask(LEDGER, T2, EVIDENCE));
    }

    @Test
    void evidenceForIndicatorsOnlyClosesNothing() {
        policy.on(attached(Set.of()), ACTOR);

        verifyNoInteractions(gateway);
    }

    @Test
    void closeOutCarriesTheActorWhoAttachedTheEvidence() {
        policy.on(attached(Set.of(T1)), ACTOR);

        assertThat(sent(1).get(0).getMetaData()).containsEntry(ActorMetaData.USER_ID, "u-huang")
                .containsEntry(ActorMetaData.ROLE, "SUBMITTER")
                .containsEntry(ActorMetaData.UNIT_ID, "dongshan")
                .doesNotContainKey("traceId");
    }

    @Test
    void failedCloseOutPropagatesSoTheAttachmentRollsBack() {
        when(gateway.sendAndWait(any())).thenThrow(new DomainException(ErrorCode.TASK_NOT_FOUND, "no task t-1"));

        assertThatThrownBy(() -> policy.on(attached(Set.of(T1)), ACTOR))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void withdrawnEvidenceReopensItsTasks() {
        policy.on(new EvidenceWithdrawn(ASSESSMENT, EVIDENCE, Set.of("1.1.1"), Set.of(T1, T2), "wrong file"), ACTOR);

        assertThat(sentPayloads(2)).containsExactlyInAnyOrder(
                new ReopenTask(LEDGER, T1, EVIDENCE, "evidence withdrawn: wrong file"),
                new ReopenTask(LEDGER, T2, EVIDENCE, "evidence withdrawn: wrong file"));
    }

    @Test
    void rejectedEvidenceReopensItsTasks() {
        policy.on(new EvidenceRejected(ASSESSMENT, EVIDENCE, Set.of(), Set.of(T1), "illegible"), MetaData.emptyInstance());

        assertThat(sentPayloads(1))
                .containsExactly(new ReopenTask(LEDGER, T1, EVIDENCE, "evidence rejected: illegible"));
    }
}
