package org.evaltrack.command.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.evaltrack.command.api.ControllerSliceTest;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.ledger.AssignTask;
import org.evaltrack.kernel.ledger.LedgerId;
import org.evaltrack.kernel.ledger.ReassignTask;
import org.evaltrack.kernel.ledger.TaskId;
import org.junit.jupiter.api.Test;

class TaskControllerTest extends ControllerSliceTest {

    private static final String TASK = """
            {"indicatorCode": "C1.1", "title": "精准脱贫台账", "requiredItem": "贫困户花名册",
             "leaderId": "user-yangguohua", "department": "扶贫办", "dueDate": "2019-11-30"}""";

    @Test
    void submitterAssignsTaskInTheAssessmentsLedger() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        perform(post("/api/assessments/{id}/tasks", ASSESSMENT), TASK)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(startsWith("task-")));

        AssignTask command = dispatchedPayload(AssignTask.class);
        assertThat(command.ledgerId()).isEqualTo(LedgerId.forAssessment(AssessmentId.of(ASSESSMENT)));
        assertThat(command.assessmentId()).isEqualTo(AssessmentId.of(ASSESSMENT));
        assertThat(command.taskId().value()).startsWith("task-");
        assertThat(command.indicatorCode()).isEqualTo("C1.1");
        assertThat(command.title()).isEqualTo("精准脱贫台账");
        assertThat(command.requiredItem()).isEqualTo("贫困户花名册");
        assertThat(command.leaderId()).isEqualTo(UserId.of("user-yangguohua"));
        assertThat(command.department()).isEqualTo("扶贫办");
        assertThat(command.dueDate()).isEqualTo(LocalDate.of(2019, 11, 30));
    }

    @Test
    void taskWithoutLeaderIsRejected() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        perform(post("/api/assessments/{id}/tasks", ASSESSMENT), TASK.replace("\"user-yangguohua\"", "\"\""))
                .andExpect(status().isBadRequest());

        verifyNoInteractions(commandGateway);
    }

    @Test
    void leaderMayNotAssignTasks() throws Exception {
        asLeader("user-yangguohua");
        assessmentBelongsTo(OWN_UNIT);
        perform(post("/api/assessments/{id}/tasks", ASSESSMENT), TASK)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ROLE_NOT_ALLOWED"));

        verifyNoInteractions(commandGateway);
    }

    @Test
    void submitterOfAnotherUnitMayNotAssign() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OTHER_UNIT);
        perform(post("/api/assessments/{id}/tasks", ASSESSMENT), TASK)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OTHER_UNIT"));

        verifyNoInteractions(commandGateway);
    }

    @Test
    void reassignsTaskWithReason() throws Exception {
        asAdmin();
        perform(post("/api/assessments/{id}/tasks/{t}/reassignment", ASSESSMENT, "task-7"), """
                {"leaderId": "user-yuanyongxin", "department": "党政办", "reason": "分工调整"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("task-7"))
                .andExpect(jsonPath("$.changed.assessmentId").value(ASSESSMENT))
                .andExpect(jsonPath("$.changed.leaderId").value("user-yuanyongxin"));

        assertThat(dispatchedPayload(ReassignTask.class)).isEqualTo(new ReassignTask(
                LedgerId.forAssessment(AssessmentId.of(ASSESSMENT)), TaskId.of("task-7"),
                UserId.of("user-yuanyongxin"), "党政办", "分工调整"));
    }

    @Test
    void reassignmentWithoutReasonIsRejected() throws Exception {
        asAdmin();
        perform(post("/api/assessments/{id}/tasks/{t}/reassignment", ASSESSMENT, "task-7"), """
                {"leaderId": "user-yuanyongxin"}""")
                .andExpect(status().isBadRequest());

        verifyNoInteractions(commandGateway);
    }

    @Test
    void reviewerMayNotReassign() throws Exception {
        asReviewer();
        perform(post("/api/assessments/{id}/tasks/{t}/reassignment", ASSESSMENT, "task-7"), """
                {"leaderId": "user-yuanyongxin", "reason": "分工调整"}""")
                .andExpect(status().isForbidden());

        verifyNoInteractions(commandGateway);
    }
}
