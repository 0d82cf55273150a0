package org.evaltrack.command.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks an uploaded file and stores its bytes. Runs before AttachEvidence is sent: if the assessment then
 * refuses the command, the blob stays behind unreferenced. That is harmless (content-addressed, so a retry
 * reuses it) and cheaper than a two-phase protocol; {@link EvidenceSweep} removes it after its grace period.
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
        return accept(file, null);
    }

    /**
     * As {@link #accept(MultipartFile)}, and when the client sent the SHA-256 it computed, the received bytes
     * must hash to it (compared in lower case).
     *
     * @throws DomainException also VALIDATION_FAILED (clientSha256 not 64 hex digits), EVIDENCE_HASH_MISMATCH
     */
    public StoredEvidenceFile accept(MultipartFile file, String clientSha256) {
        String expected = clientSha256(clientSha256);
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
            blob = blobStore.put(in, expected);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload", e);
        }
        return new StoredEvidenceFile(fileName, mediaType, blob.size(), blob.sha256());
    }

    /** Null when not sent; clients may write hex in either case, the store names blobs in lower case. */
    public static String clientSha256(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String hash = raw.strip().toLowerCase(Locale.ROOT);
        if (!BlobStore.isSha256(hash)) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, "sha256 must be 64 hexadecimal digits", List.of("sha256"));
        }
        return hash;
    }
}
