package org.evaltrack.command.evidence;

import java.util.Objects;

/** What the store keeps of a blob: its content address and length. */
public record StoredBlob(String sha256, long size) {

    public StoredBlob {
        Objects.requireNonNull(sha256, "sha256");
        if (!BlobStore.isSha256(sha256)) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
        }
        if (size <= 0) {
            throw new IllegalArgumentException("a stored blob is never empty");
        }
    }
}
