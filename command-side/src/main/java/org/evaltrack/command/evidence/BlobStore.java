package org.evaltrack.command.evidence;

import java.io.InputStream;

/**
 * Evidence bytes, addressed by their SHA-256. Events carry only the hash, so the same file uploaded
 * twice is stored once. A stored blob only ever changes back to its bytes: an upload of them
 * replaces a stored file that no longer hashes to its name.
 */
public interface BlobStore {

    /**
     * Stores the stream's bytes, or finds them already stored (and intact: a damaged copy is replaced).
     *
     * @throws org.evaltrack.kernel.error.DomainException VALIDATION_FAILED when the stream is empty
     */
    default StoredBlob put(InputStream content) {
        return put(content, null);
    }

    /**
     * Stores the stream's bytes only if they hash to {@code expectedSha256} (when not null); otherwise
     * nothing new is left in the store.
     *
     * @throws org.evaltrack.kernel.error.DomainException VALIDATION_FAILED when the stream is empty,
     *                                                    EVIDENCE_HASH_MISMATCH when the bytes hash to something else
     */
    StoredBlob put(InputStream content, String expectedSha256);

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
