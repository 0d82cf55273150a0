package org.evaltrack.query.evidence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.assessment.EvidenceId;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.query.evidence.EvidenceFileView;
import org.evaltrack.kernel.query.evidence.FindEvidenceFile;
import org.evaltrack.query.security.QueryUser;
import org.evaltrack.query.web.QueryProblemException;
import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * Evidence files, served only after their bytes are hashed again and match the SHA-256 recorded when they
 * were received. Whoever may read the assessment may read its evidence; withdrawn and rejected evidence
 * stays readable (the trail names it, and reviewers must see what was withdrawn), marked by
 * {@value #STATE_HEADER}.
 */
@RestController
@Tag(name = "佐证材料 / Evidence", description = "下载佐证材料（下载前重新校验哈希） / Download evidence, its hash checked again first")
class EvidenceContentController {

    static final String STATE_HEADER = "Evidence-State";
    /** What a browser may show in place (preview): never HTML, SVG or scripts, which could act as this site. */
    static final Set<String> SHOWN_IN_PLACE = Set.of("application/pdf", "image/png", "image/jpeg", "image/gif",
            "image/webp");

    private final QueryGateway queryGateway;
    private final EvidenceBlobReader blobs;
    private final EvidenceFileFailures failures;

    EvidenceContentController(QueryGateway queryGateway, EvidenceBlobReader blobs, EvidenceFileFailures failures) {
        this.queryGateway = queryGateway;
        this.blobs = blobs;
        this.failures = failures;
    }

    @GetMapping("/api/assessments/{assessmentId}/evidence/{evidenceId}/content")
    @Operation(summary = "下载佐证材料 / Download an evidence file",
            description = "先重新计算 SHA-256，与接收时记录的一致才发送；不一致为 409 EVIDENCE_CORRUPTED，文件缺失为 404 "
                    + "EVIDENCE_FILE_MISSING，均记入完整性日志。ETag 为 SHA-256。preview=true 时 PDF 与图片在浏览器中直接显示。 / The SHA-256 is computed again first and the "
                    + "bytes are sent only if it matches the one recorded on receipt; otherwise 409 EVIDENCE_CORRUPTED, or 404 "
                    + "EVIDENCE_FILE_MISSING when the file is gone, each recorded. The ETag is the SHA-256. With preview=true a PDF or an "
                    + "image is shown in the browser instead of downloaded.")
    ResponseEntity<Resource> content(@PathVariable String assessmentId, @PathVariable String evidenceId,
                                     @RequestParam(defaultValue = "false") boolean preview,
                                     @AuthenticationPrincipal QueryUser reader, WebRequest request) {
        AssessmentId assessment = AssessmentId.of(assessmentId);
        EvidenceId evidence = EvidenceId.of(evidenceId);
        Optional<EvidenceFileView> found = queryGateway
                .query(new FindEvidenceFile(assessment, evidence), ResponseTypes.optionalInstanceOf(EvidenceFileView.class))
                .join();
        EvidenceFileView file = found.orElseThrow(() -> new QueryProblemException(HttpStatus.NOT_FOUND,
                ErrorCode.EVIDENCE_NOT_FOUND.name(), assessment.value(), evidence.value()));
        if (!reader.maySee(file.unitId())) {
            throw new QueryProblemException(HttpStatus.FORBIDDEN, ErrorCode.OTHER_UNIT.name(), assessment.value());
        }

        String etag = "\"" + file.sha256() + "\"";
        if (request.checkNotModified(etag)) {
            // the caller holds these very bytes (the ETag is their hash): nothing is read, nothing is sent
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        EvidenceBlobReader.CheckedBlob blob = blobs.open(file.sha256());
        if (blob.fileMissing()) {
            failures.record(assessment.value(), evidence.value(), ErrorCode.EVIDENCE_FILE_MISSING.name(), file.sha256(),
                    null, reader.userId().value());
            throw new QueryProblemException(HttpStatus.NOT_FOUND, ErrorCode.EVIDENCE_FILE_MISSING.name(), evidence.value());
        }
        if (!blob.isIntact()) {
            failures.record(assessment.value(), evidence.value(), ErrorCode.EVIDENCE_CORRUPTED.name(), file.sha256(),
                    blob.foundSha256(), reader.userId().value());
            throw new QueryProblemException(HttpStatus.CONFLICT, ErrorCode.EVIDENCE_CORRUPTED.name(), evidence.value());
        }
        boolean inPlace = preview && SHOWN_IN_PLACE.contains(file.mediaType().toLowerCase(Locale.ROOT));
        ContentDisposition disposition = (inPlace ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.sizeBytes())
                .eTag(etag)
                .cacheControl(CacheControl.noCache().cachePrivate())
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                // a file is never taken for anything but its recorded type, so a preview can only be a PDF or an image
                .header("X-Content-Type-Options", "nosniff")
                .header(STATE_HEADER, file.state().name())
                .body(new InputStreamResource(blob.content()));
    }
}
