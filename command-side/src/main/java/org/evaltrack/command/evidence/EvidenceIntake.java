package org.evaltrack.command.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks an uploaded file and stores its bytes. Runs before AttachEvidence is sent: if the assessment then
 * refuses the command, the blob stays behind unreferenced. That is harmless (content-addressed, so a retry
 * reuses it) and cheaper than a two-phase protocol; a sweep of unreferenced blobs can come later.
 */
public class EvidenceIntake {

    private final BlobStore blobStore;
    private final EvidenceMediaTypes mediaTypes;
    private final DataSize maxFileSize;

    public EvidenceIntake(BlobStore blobStore, EvidenceMediaTypes mediaTypes, DataSize maxFileSize) {
        this.blobStore = blobStore;
        this.mediaTypes = mediaTypes;
        this.maxFileSize = maxFileSize;
    }

    /**
     * @throws DomainException VALIDATION_FAILED (no file, empty file, bad name), UNSUPPORTED_MEDIA_TYPE,
     *                         PAYLOAD_TOO_LARGE
     */
    public StoredEvidenceFile accept(MultipartFile file) {
        if (file == null) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "a file is required", List.of("file"));
        }
        String fileName = EvidenceFileName.sanitize(file.getOriginalFilename());
        String mediaType = mediaTypes.resolve(file.getContentType(), fileName);
        if (file.isEmpty()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "the file is empty", List.of("file"));
        }
        // the multipart resolver enforces the same limit first; this catches callers that bypass it
        if (maxFileSize != null && maxFileSize.toBytes() >= 0 && file.getSize() > maxFileSize.toBytes()) {
            throw new DomainException(ErrorCode.PAYLOAD_TOO_LARGE, "the file exceeds " + maxFileSize,
                    List.of(String.valueOf(maxFileSize.toBytes())));
        }
        StoredBlob blob;
        try (InputStream in = file.getInputStream()) {
            blob = blobStore.put(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload", e);
        }
        return new StoredEvidenceFile(fileName, mediaType, blob.size(), blob.sha256());
    }
}
