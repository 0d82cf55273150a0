package org.evaltrack.command.assessment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.evaltrack.command.api.CallerMay;
import org.evaltrack.command.api.CallerScope;
import org.evaltrack.command.api.CommandAnswer;
import org.evaltrack.command.api.CommandSender;
import org.evaltrack.command.api.ExpectedVersion;
import org.evaltrack.command.api.PathIds;
import org.evaltrack.command.api.ReasonRequest;
import org.evaltrack.command.evidence.EvidenceIntake;
import org.evaltrack.command.evidence.StoredEvidenceFile;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.AttachEvidence;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.assessment.WithdrawEvidence;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.limit.DateNotAcceptedException;
import org.evaltrack.kernel.ledger.TaskId;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence (佐证材料) uploads and withdrawals. Access is checked before the bytes are stored, so nobody
 * can fill the disk through an assessment they may not touch; the bytes are stored before AttachEvidence
 * is sent, so an accepted event never names a blob that is missing.
 */
@RestController
@RequestMapping("/api/assessments/{assessmentId}")
@Tag(name = "佐证材料 / Evidence", description = "上传与撤回佐证材料 / Upload and withdraw evidence")
public class EvidenceController {

    /** More targets than any real indicator list; stops a single upload from fanning out without bound. */
    static final int MAX_TARGETS = 100;

    private final CommandSender sender;
    private final EvidenceIntake intake;

    public EvidenceController(CommandSender sender, EvidenceIntake intake) {
        this.sender = sender;
        this.intake = intake;
    }

    @PostMapping(path = "/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @CallerMay(roles = {Role.SUBMITTER, Role.ADMIN}, scope = CallerScope.OWN_UNIT)
    @Operation(summary = "上传佐证材料 / Upload evidence for indicators and tasks")
    public EvidenceAttachedResponse attach(
            @PathVariable String assessmentId,
            @RequestParam("file") MultipartFile file,
            @Parameter(description = "指标编码，可重复 / indicator codes, repeatable")
            @RequestParam(value = "indicatorCodes", required = false) List<String> indicatorCodes,
            @Parameter(description = "台账任务编号，可重复 / task ids, repeatable")
            @RequestParam(value = "taskIds", required = false) List<String> taskIds,
            @Parameter(description = "采集时间，ISO-8601 / capture time, ISO-8601 instant")
            @RequestParam(value = "capturedAt", required = false) String capturedAt,
            @Parameter(description = "客户端计算的 SHA-256（十六进制），与收到的内容不符则拒收 / the SHA-256 the client computed (hex); refused when the received bytes differ")
            @RequestParam(value = "sha256", required = false) String sha256,
            @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        AssessmentId id = PathIds.assessment(assessmentId);
        Set<String> codes = codes(indicatorCodes);
        Set<TaskId> tasks = taskIds(taskIds);
        if (codes.isEmpty() && tasks.isEmpty()) {
            // the assessment would refuse it anyway; refusing here keeps an orphan blob off the disk
            throw new DomainException(ErrorCode.EVIDENCE_TARGET_REQUIRED, "name at least one indicator or task",
                    List.of("indicatorCodes", "taskIds"));
        }
        Instant captured = capturedAt(capturedAt);
        String clientSha256 = EvidenceIntake.clientSha256(sha256);
        Long expectedVersion = ExpectedVersion.fromIfMatch(ifMatch);

        return store(file, id, codes, tasks, captured, clientSha256, expectedVersion);
    }

    @PostMapping(path = "/tasks/{taskId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @CallerMay(roles = {Role.LEADER, Role.SUBMITTER, Role.ADMIN}, scope = CallerScope.OWN_UNIT_TASK)
    @Operation(summary = "为台账任务上传佐证（对账销号） / Upload evidence for a ledger task")
    public EvidenceAttachedResponse attachToTask(
            @PathVariable String assessmentId,
            @PathVariable String taskId,
            @RequestParam("file") MultipartFile file,
            @Parameter(description = "采集时间，ISO-8601 / capture time, ISO-8601 instant")
            @RequestParam(value = "capturedAt", required = false) String capturedAt,
            @Parameter(description = "客户端计算的 SHA-256（十六进制），与收到的内容不符则拒收 / the SHA-256 the client computed (hex); refused when the received bytes differ")
            @RequestParam(value = "sha256", required = false) String sha256,
            @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        AssessmentId id = PathIds.assessment(assessmentId);
        TaskId task = PathIds.task(taskId);
        Instant captured = capturedAt(capturedAt);
        String clientSha256 = EvidenceIntake.clientSha256(sha256);
        Long expectedVersion = ExpectedVersion.fromIfMatch(ifMatch);

        return store(file, id, Set.of(), Set.of(task), captured, clientSha256, expectedVersion);
    }

    @PostMapping("/evidence/{evidenceId}/withdrawal")
    @CallerMay(roles = {Role.SUBMITTER, Role.ADMIN}, scope = CallerScope.OWN_UNIT)
    @Operation(summary = "撤回佐证材料 / Withdraw evidence")
    public CommandAnswer withdraw(@PathVariable String assessmentId,
                                              @PathVariable String evidenceId,
                                              @Valid @RequestBody ReasonRequest request,
                                              @RequestHeader(value = ExpectedVersion.HEADER, required = false) String ifMatch) {
        AssessmentId id = PathIds.assessment(assessmentId);
        EvidenceId evidence = PathIds.evidence(evidenceId);
        Long expectedVersion = ExpectedVersion.fromIfMatch(ifMatch);
        sender.send(new WithdrawEvidence(id, evidence, request.reason()), expectedVersion);
        return CommandAnswer.of(id.value(), "evidenceId", evidence.value(), "state", "WITHDRAWN");
    }

    private EvidenceAttachedResponse store(MultipartFile file, AssessmentId id, Set<String> codes, Set<TaskId> tasks,
                                           Instant captured, String clientSha256, Long expectedVersion) {
        StoredEvidenceFile stored = intake.accept(file, clientSha256);
        EvidenceId evidenceId = EvidenceId.random();
        // if the assessment refuses this, the blob stays unreferenced: harmless, and reused on a retry
        sender.send(new AttachEvidence(id, evidenceId, stored.fileName(), stored.mediaType(), stored.sizeBytes(),
                stored.sha256(), codes, tasks, captured, clientSha256), expectedVersion);
        return new EvidenceAttachedResponse(evidenceId.value(), id.value(), stored.fileName(), stored.mediaType(),
                stored.sizeBytes(), stored.sha256(), clientSha256 != null);
    }

    private static Set<String> codes(List<String> raw) {
        if (raw == null) {
            return Set.of();
        }
        requireFew(raw, "indicatorCodes");
        Set<String> codes = new LinkedHashSet<>();
        raw.forEach(code -> codes.add(PathIds.code(code, "indicatorCodes")));
        return codes;
    }

    private static Set<TaskId> taskIds(List<String> raw) {
        if (raw == null) {
            return Set.of();
        }
        requireFew(raw, "taskIds");
        Set<TaskId> ids = new LinkedHashSet<>();
        raw.forEach(task -> ids.add(PathIds.task(task)));
        return ids;
    }

    private static void requireFew(List<String> raw, String name) {
        if (raw.size() > MAX_TARGETS) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "at most " + MAX_TARGETS + " " + name, List.of(name));
        }
    }

    private static Instant capturedAt(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return DateNotAcceptedException.require(Instant.parse(raw.strip()), "capturedAt");
        } catch (DateTimeParseException e) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED,
                    "capturedAt must be an ISO-8601 instant such as 2019-12-01T08:00:00Z", List.of("capturedAt"));
        }
    }
}
