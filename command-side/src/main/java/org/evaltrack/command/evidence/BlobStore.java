package org.evaltrack.command.evidence;

import java.io.InputStream;

/**
 * Evidence bytes, addressed by their SHA-256. Events carry only the hash, so the same file uploaded
 * twice is stored once, and a stored blob never changes.
 */
public interface BlobStore {

    /**
     * Stores the stream's bytes, or finds them already stored.
     *
     * @throws org.evaltrack.kernel.error.DomainException VALIDATION_FAILED when the stream is empty
     */
    StoredBlob put(InputStream content);

    boolean exists(String sha256);

    /**
     * @throws org.evaltrack.kernel.error.DomainException EVIDENCE_NOT_FOUND when no such blob is stored
     */
    InputStream open(String sha256);

    /** Hashes arrive from URLs and events; only this exact form may ever become part of a path. */
    static boolean isSha256(String candidate) {
        return ContentAddress.isValid(candidate);
    }
}
