package org.evaltrack.command.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.evaltrack.testsupport.commandslice.CommandSliceConfiguration;
import org.evaltrack.command.api.ControllerSliceTest;
import org.evaltrack.command.evidence.StoredBlob;
import org.evaltrack.command.directory.TaskRef;
import org.evaltrack.kernel.actor.ActorMetaData;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.AttachEvidence;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.assessment.WithdrawEvidence;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.ledger.LedgerId;
import org.evaltrack.kernel.ledger.TaskId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.mock.web.MockMultipartFile;

class EvidenceControllerTest extends ControllerSliceTest {

    private static final String SHA = "a".repeat(64);
    private static final String TASK = "task-7";
    private static final String LEADER = "user-yangguohua";
    private static final MockMultipartFile REPORT = new MockMultipartFile("file", "脱贫攻坚台账.pdf", "application/pdf",
            "%PDF-1.4 evidence".getBytes(StandardCharsets.UTF_8));

    @BeforeEach
    void blobsAreStored() {
        when(blobStore.put(any(), any())).thenReturn(new StoredBlob(SHA, REPORT.getSize()));
    }

    @Test
    void submitterUploadsEvidenceForIndicatorsAndTasks() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        mvc.perform(multipart("/api/assessments/{id}/evidence", ASSESSMENT).file(REPORT)
                        .param("indicatorCodes", "C1.1", "C1.2")
                        .param("taskIds", TASK)
                        .param("capturedAt", "2019-12-01T08:30:00Z"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.assessmentId").value(ASSESSMENT))
                .andExpect(jsonPath("$.sha256").value(SHA))
                .andExpect(jsonPath("$.mediaType").value("application/pdf"))
                .andExpect(jsonPath("$.fileName").value("脱贫攻坚台账.pdf"));

        AttachEvidence command = dispatchedPayload(AttachEvidence.class);
        assertThat(command.assessmentId()).isEqualTo(AssessmentId.of(ASSESSMENT));
        assertThat(command.evidenceId().value()).startsWith("evidence-");
        assertThat(command.fileName()).isEqualTo("脱贫攻坚台账.pdf");
        assertThat(command.mediaType()).isEqualTo("application/pdf");
        assertThat(command.sizeBytes()).isEqualTo(REPORT.getSize());
        assertThat(command.sha256()).isEqualTo(SHA);
        assertThat(command.indicatorCodes()).containsExactlyInAnyOrder("C1.1", "C1.2");
        assertThat(command.taskIds()).containsExactly(TaskId.of(TASK));
        assertThat(command.capturedAt()).isEqualTo(Instant.parse("2019-12-01T08:30:00Z"));
    }

    @Test
    void responseNamesTheEvidenceIdThatWasSent() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        String body = mvc.perform(multipart("/api/assessments/{id}/evidence", ASSESSMENT).file(REPORT)
                        .param("indicatorCodes", "C1.1"))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains("\"id\":\"" + dispatchedPayload(AttachEvidence.class).evidenceId().value() + "\"");
    }

    @Test
    void captureTimeIsOptional() throws Exception {
        asAdmin();
        mvc.perform(multipart("/api/assessments/{id}/evidence", ASSESSMENT).file(REPORT).param("indicatorCodes", "C1.1"))
                .andExpect(status().isCreated());

        assertThat(dispatchedPayload(AttachEvidence.class).capturedAt()).isNull();
    }

    @Test
    void bytesAreStoredBeforeTheCommandIsSent() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        mvc.perform(multipart("/api/assessments/{id}/evidence", ASSESSMENT).file(REPORT).param("indicatorCodes", "C1.1"))
                .andExpect(status().isCreated());

        InOrder order = inOrder(blobStore, commandGateway);
        order.verify(blobStore).put(any(), any());
        order.verify(commandGateway).sendAndWait(any());
    }

    @Test
    void ifMatchBecomesTheExpectedVersion() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        mvc.perform(multipart("/api/assessments/{id}/evidence", ASSESSMENT).file(REPORT).param("indicatorCodes", "C1.1")
                        .header("If-Match", "9"))
                .andExpect(status().isCreated());

        assertThat(dispatched().getMetaData()).containsEntry(ActorMetaData.EXPECTED_VERSION, 9L);
    }

    @Test
    void submitterOfAnotherUnitStoresNothingAndSendsNothing() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OTHER_UNIT);
        mvc.perform(multipart("/api/assessments/{id}/evidence", ASSESSMENT).file(REPORT).param("indicatorCodes", "C1.1"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OTHER_UNIT"));

        verifyNoInteractions(blobStore, commandGateway);
    }

    @Test
    void reviewerMayNotUpload() throws Exception {
        asReviewer();
        mvc.perform(multipart("/api/assessments/{id}/evidence", ASSESSMENT).file(REPORT).param("indicatorCodes", "C1.1"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ROLE_NOT_ALLOWED"));

        verifyNoInteractions(blobStore, commandGateway);
    }

    @Test
    void disallowedMediaTypeIsUnsupportedAndNothingIsStored() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        MockMultipartFile page = new MockMultipartFile("file", "page.html", "text/html", "<p>x</p>".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/assessments/{id}/evidence", ASSESSMENT).file(page).param("indicatorCodes", "C1.1"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("UNSUPPORTED_MEDIA_TYPE"));

        verifyNoInteractions(blobStore, commandGateway);
    }

    @Test
    void fileNameWithPathIsRejectedAndNothingIsStored() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        MockMultipartFile sneaky = new MockMultipartFile("file", "../../etc/report.pdf", "application/pdf", new byte[] {1, 2});
        mvc.perform(multipart("/api/assessments/{id}/evidence", ASSESSMENT).file(sneaky).param("indicatorCodes", "C1.1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));

        verifyNoInteractions(blobStore, commandGateway);
    }

    @Test
    void emptyFileIsRejectedAndNothingIsStored() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        MockMultipartFile empty = new MockMultipartFile("file", "empty.pdf", "application/pdf", new byte[0]);
        mvc.perform(multipart("/api/assessments/{id}/evidence", ASSESSMENT).file(empty).param("indicatorCodes", "C1.1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));

        verifyNoInteractions(blobStore, commandGateway);
    }

    @Test
    void fileOverTheLimitIsPayloadTooLarge() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        byte[] tooBig = new byte[(int) CommandSliceConfiguration.MAX_FILE_SIZE.toBytes() + 1];
        MockMultipartFile big = new MockMultipartFile("file", "scan.png", "image/png", tooBig);
        mvc.perform(multipart("/api/assessments/{id}/evidence", ASSESSMENT).file(big).param("indicatorCodes", "C1.1"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("PAYLOAD_TOO_LARGE"));

        verifyNoInteractions(blobStore, commandGateway);
    }

    @Test
    void captureTimeThatIsNotAnInstantIsRejected() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        mvc.perform(multipart("/api/assessments/{id}/evidence", ASSESSMENT).file(REPORT).param("indicatorCodes", "C1.1")
                        .param("capturedAt", "2019-12-01 08:30"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));

        verifyNoInteractions(blobStore, commandGateway);
    }

    @Test
    void clientHashGoesToTheStoreAndIntoTheCommandInLowerCase() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        mvc.perform(multipart("/api/assessments/{id}/evidence", ASSESSMENT).file(REPORT).param("indicatorCodes", "C1.1")
                        .param("sha256", SHA.toUpperCase()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.clientHashVerified").value(true));

        verify(blobStore).put(any(), eq(SHA));
        assertThat(dispatchedPayload(AttachEvidence.class).clientSha256()).isEqualTo(SHA);
    }

    @Test
    void withoutAClientHashNothingIsClaimedVerified() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        mvc.perform(multipart("/api/assessments/{id}/evidence", ASSESSMENT).file(REPORT).param("indicatorCodes", "C1.1"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.clientHashVerified").value(false));

        assertThat(dispatchedPayload(AttachEvidence.class).clientSha256()).isNull();
    }

    @Test
    void clientHashThatDiffersIsUnprocessableAndNothingIsSent() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        String other = "b".repeat(64);
        when(blobStore.put(any(), eq(other))).thenThrow(new DomainException(ErrorCode.EVIDENCE_HASH_MISMATCH,
                "differs", List.of(other, SHA)));
        mvc.perform(multipart("/api/assessments/{id}/evidence", ASSESSMENT).file(REPORT).param("indicatorCodes", "C1.1")
                        .param("sha256", other))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.code").value("EVIDENCE_HASH_MISMATCH"));

        verifyNoInteractions(commandGateway);
    }

    @Test
    void clientHashThatIsNotAHashIsRejectedBeforeAnythingIsStored() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        // access (the task's own unit) is judged first, so the task must exist for the hash to be judged
        taskLedBy("user-leader", ASSESSMENT);
        mvc.perform(multipart("/api/assessments/{id}/tasks/{task}/evidence", ASSESSMENT, TASK).file(REPORT)
                        .param("sha256", "not-a-hash"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));

        verifyNoInteractions(blobStore, commandGateway);
    }

    @Test
    void evidenceForNothingIsRefusedBeforeItIsStored() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        mvc.perform(multipart("/api/assessments/{id}/evidence", ASSESSMENT).file(REPORT))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("EVIDENCE_TARGET_REQUIRED"));

        verifyNoInteractions(blobStore, commandGateway);
    }

    @Test
    void missingFilePartIsRejected() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        mvc.perform(multipart("/api/assessments/{id}/evidence", ASSESSMENT).param("indicatorCodes", "C1.1"))
                .andExpect(status().isBadRequest());

        verifyNoInteractions(blobStore, commandGateway);
    }

    @Test
    void overlongIndicatorCodeIsRejected() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        mvc.perform(multipart("/api/assessments/{id}/evidence", ASSESSMENT).file(REPORT).param("indicatorCodes", "C".repeat(65)))
                .andExpect(status().isBadRequest());

        verifyNoInteractions(blobStore, commandGateway);
    }

    @Test
    void leaderUploadsEvidenceForTheTaskTheyLead() throws Exception {
        asLeader(LEADER);
        assessmentBelongsTo(OWN_UNIT);
        taskLedBy(LEADER, ASSESSMENT);
        mvc.perform(multipart("/api/assessments/{id}/tasks/{t}/evidence", ASSESSMENT, TASK).file(REPORT)
                        .param("capturedAt", "2019-11-28T02:00:00Z"))
                .andExpect(status().isCreated());

        AttachEvidence command = dispatchedPayload(AttachEvidence.class);
        assertThat(command.assessmentId()).isEqualTo(AssessmentId.of(ASSESSMENT));
        assertThat(command.taskIds()).containsExactly(TaskId.of(TASK));
        assertThat(command.indicatorCodes()).isEmpty();
        assertThat(command.capturedAt()).isEqualTo(Instant.parse("2019-11-28T02:00:00Z"));
    }

    @Test
    void leaderBoundToAnotherUnitStoresNothingAndSendsNothingEvenForTheirOwnTask() throws Exception {
        actors.actAs(LEADER, org.evaltrack.kernel.actor.Role.LEADER, OTHER_UNIT);
        assessmentBelongsTo(OWN_UNIT);
        taskLedBy(LEADER, ASSESSMENT);
        mvc.perform(multipart("/api/assessments/{id}/tasks/{t}/evidence", ASSESSMENT, TASK).file(REPORT))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OTHER_UNIT"));

        verifyNoInteractions(blobStore, commandGateway);
    }

    @Test
    void leaderOfSomeoneElsesTaskStoresNothingAndSendsNothing() throws Exception {
        asLeader("user-heding");
        assessmentBelongsTo(OWN_UNIT);
        taskLedBy(LEADER, ASSESSMENT);
        mvc.perform(multipart("/api/assessments/{id}/tasks/{t}/evidence", ASSESSMENT, TASK).file(REPORT))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("NOT_YOUR_TASK"));

        verifyNoInteractions(blobStore, commandGateway);
    }

    @Test
    void unknownTaskIsNotFound() throws Exception {
        asLeader(LEADER);
        assessmentBelongsTo(OWN_UNIT);
        mvc.perform(multipart("/api/assessments/{id}/tasks/{t}/evidence", ASSESSMENT, TASK).file(REPORT))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("TASK_NOT_FOUND"));

        verifyNoInteractions(blobStore, commandGateway);
    }

    @Test
    void taskOfAnotherAssessmentIsNotFoundUnderThisOne() throws Exception {
        asLeader(LEADER);
        assessmentBelongsTo(OWN_UNIT);
        taskLedBy(LEADER, "assessment-huangsang-2019");
        mvc.perform(multipart("/api/assessments/{id}/tasks/{t}/evidence", ASSESSMENT, TASK).file(REPORT))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("TASK_NOT_FOUND"));

        verifyNoInteractions(blobStore, commandGateway);
    }

    @Test
    void submitterUploadsForATaskOfTheirOwnUnit() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        taskLedBy(LEADER, ASSESSMENT);
        mvc.perform(multipart("/api/assessments/{id}/tasks/{t}/evidence", ASSESSMENT, TASK).file(REPORT))
                .andExpect(status().isCreated());

        assertThat(dispatchedPayload(AttachEvidence.class).taskIds()).containsExactly(TaskId.of(TASK));
    }

    @Test
    void submitterOfAnotherUnitMayNotUploadForItsTask() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OTHER_UNIT);
        taskLedBy(LEADER, ASSESSMENT);
        mvc.perform(multipart("/api/assessments/{id}/tasks/{t}/evidence", ASSESSMENT, TASK).file(REPORT))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OTHER_UNIT"));

        verifyNoInteractions(blobStore, commandGateway);
    }

    @Test
    void reviewerMayNotUploadForATask() throws Exception {
        asReviewer();
        taskLedBy(LEADER, ASSESSMENT);
        mvc.perform(multipart("/api/assessments/{id}/tasks/{t}/evidence", ASSESSMENT, TASK).file(REPORT))
                .andExpect(status().isForbidden());

        verifyNoInteractions(blobStore, commandGateway);
    }

    @Test
    void submitterWithdrawsEvidenceWithReason() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        perform(post("/api/assessments/{id}/evidence/{e}/withdrawal", ASSESSMENT, "evidence-3"), """
                {"reason": "上传错文件"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(ASSESSMENT));

        assertThat(dispatchedPayload(WithdrawEvidence.class))
                .isEqualTo(new WithdrawEvidence(AssessmentId.of(ASSESSMENT), EvidenceId.of("evidence-3"), "上传错文件"));
    }

    @Test
    void withdrawalWithoutReasonIsRejected() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OWN_UNIT);
        perform(post("/api/assessments/{id}/evidence/{e}/withdrawal", ASSESSMENT, "evidence-3"), "{}")
                .andExpect(status().isBadRequest());

        verifyNoInteractions(commandGateway);
    }

    @Test
    void withdrawalFromAnotherUnitIsRefused() throws Exception {
        asSubmitterOfOwnUnit();
        assessmentBelongsTo(OTHER_UNIT);
        perform(post("/api/assessments/{id}/evidence/{e}/withdrawal", ASSESSMENT, "evidence-3"), """
                {"reason": "上传错文件"}""")
                .andExpect(status().isForbidden());

        verifyNoInteractions(commandGateway);
    }

    private void taskLedBy(String leader, String assessment) {
        AssessmentId assessmentId = AssessmentId.of(assessment);
        when(taskDirectory.find(TaskId.of(TASK))).thenReturn(Optional.of(new TaskRef(TaskId.of(TASK),
                LedgerId.forAssessment(assessmentId), assessmentId, UserId.of(leader), false)));
    }
}
