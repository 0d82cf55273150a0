package org.evaltrack.command.evidence;

/** An upload that passed the checks and whose bytes are stored: everything AttachEvidence needs of the file. */
public record StoredEvidenceFile(String fileName, String mediaType, long sizeBytes, String sha256) {
}
