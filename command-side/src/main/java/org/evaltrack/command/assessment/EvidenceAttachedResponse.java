package org.evaltrack.command.assessment;

/**
 * Answer to an upload: the new evidence id and what was stored, so the client can check the hash;
 * {@code clientHashVerified} when the client sent its own SHA-256 and it matched.
 */
public record EvidenceAttachedResponse(
        String id,
        String assessmentId,
        String fileName,
        String mediaType,
        long sizeBytes,
        String sha256,
        boolean clientHashVerified) {
}
