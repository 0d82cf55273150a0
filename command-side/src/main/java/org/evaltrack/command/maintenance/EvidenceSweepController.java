package org.evaltrack.command.maintenance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.evaltrack.command.api.AnswerWarning;
import org.evaltrack.command.api.CallerMay;
import org.evaltrack.command.api.CommandAnswer;
import org.evaltrack.command.evidence.EvidenceSweep;
import org.evaltrack.command.evidence.SweepResult;
import org.evaltrack.kernel.actor.Role;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The performance office asks for an evidence sweep now rather than waiting for the timer. */
@RestController
@Tag(name = "维护 / Maintenance", description = "佐证文件清理 / Evidence file sweep")
public class EvidenceSweepController {

    static final String INCOMPLETE = "SWEEP_INCOMPLETE";

    private final EvidenceSweep sweep;

    public EvidenceSweepController(EvidenceSweep sweep) {
        this.sweep = sweep;
    }

    @PostMapping("/api/evidence-sweeps")
    @CallerMay(roles = Role.ADMIN)
    @Operation(summary = "清理无引用的佐证文件和残留临时文件 / Remove unreferenced evidence files and stale temp files")
    public CommandAnswer sweep() {
        EvidenceSweep.Run run = sweep.run(EvidenceSweep.REQUESTED);
        SweepResult r = run.result();
        CommandAnswer answer = CommandAnswer.of(run.sweepId(), "blobsRemoved", r.blobsRemoved(),
                "bytesRemoved", r.blobBytesRemoved(), "tempFilesRemoved", r.tempFilesRemoved(),
                "tempBytesRemoved", r.tempBytesRemoved(), "blobsReferenced", r.blobsReferenced(),
                "blobsWithinGrace", r.blobsWithinGrace(), "failures", r.failures());
        if (r.failures() == 0) {
            return answer;
        }
        return answer.withWarnings(List.of(new AnswerWarning(INCOMPLETE, Map.of("failures", String.valueOf(r.failures())),
                new AnswerWarning.Message("部分文件未能清理，详情见系统日志（evidence_sweep 表）。",
                        "Some files could not be removed; the system log (table evidence_sweep) says which."))));
    }
}
