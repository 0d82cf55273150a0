package org.evaltrack.command.ledger;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.EvidenceAttached;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.assessment.EvidenceRejected;
import org.evaltrack.kernel.assessment.EvidenceWithdrawn;
import org.evaltrack.kernel.ledger.CloseOutTask;
import org.evaltrack.kernel.ledger.LedgerId;
import org.evaltrack.kernel.ledger.ReopenTask;
import org.evaltrack.kernel.ledger.TaskId;
import org.springframework.stereotype.Component;

/**
 * 提供一个、销号一个: evidence linked to a task closes it out; withdrawn or rejected evidence reopens it.
 * Runs as a subscribing processor and uses sendAndWait, so a failed close-out rolls back the attachment
 * instead of leaving a task open with its evidence in place.
 */
@Component
@ProcessingGroup(TaskCloseOutPolicy.PROCESSING_GROUP)
public class TaskCloseOutPolicy {

    public static final String PROCESSING_GROUP = "task-close-out";

    private final CommandGateway commandGateway;

    public TaskCloseOutPolicy(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    @EventHandler
    void on(EvidenceAttached event, MetaData metaData) {
        LedgerId ledgerId = LedgerId.forAssessment(event.assessmentId());
        for (TaskId taskId : event.taskIds()) {
            send(new CloseOutTask(ledgerId, taskId, event.evidenceId()), metaData);
        }
    }

    @EventHandler
    void on(EvidenceWithdrawn event, MetaData metaData) {
        reopen(event.assessmentId(), event.evidenceId(), event.taskIds(), "evidence withdrawn: " + event.reason(),
                metaData);
    }

    @EventHandler
    void on(EvidenceRejected event, MetaData metaData) {
        reopen(event.assessmentId(), event.evidenceId(), event.taskIds(), "evidence rejected: " + event.reason(),
                metaData);
    }

    private void reopen(AssessmentId assessmentId, EvidenceId evidenceId, Iterable<TaskId> taskIds, String reason,
                        MetaData metaData) {
        LedgerId ledgerId = LedgerId.forAssessment(assessmentId);
        for (TaskId taskId : taskIds) {
            send(new ReopenTask(ledgerId, taskId, evidenceId, reason), metaData);
        }
    }

    /** The follow-up command keeps who caused it, so the ledger's events name the same actor. */
    private void send(Object command, MetaData metaData) {
        MetaData actor = metaData.subset(ActorMetaData.USER_ID, ActorMetaData.ROLE, ActorMetaData.UNIT_ID);
        commandGateway.sendAndWait(GenericCommandMessage.asCommandMessage(command).withMetaData(actor));
    }
}
