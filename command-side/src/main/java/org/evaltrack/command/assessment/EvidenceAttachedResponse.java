package org.evaltrack.command.assessment;

/** Answer to an upload: the new evidence id and what was stored, so the client can check the hash. */
public record EvidenceAttachedResponse(
        String id,
        String assessmentId,
        String fileName,
        String mediaType,
        long sizeBytes,
        String sha256) {
}
