package org.evaltrack.command.evidence;

/** Where the blob store reports a stored file it had to replace because it no longer matched its hash. */
@FunctionalInterface
public interface BlobRepairLog {

    /** For stores nobody audits (tests, tools): the store's WARN log line is then the only record. */
    BlobRepairLog NONE = (sha256, foundSha256, sizeBytes) -> {
    };

    /**
     * @param sha256      the blob's name, and the hash of the bytes now stored under it
     * @param foundSha256 what the replaced file hashed to, null when it could not be read
     * @param sizeBytes   the size of the bytes now stored
     */
    void repaired(String sha256, String foundSha256, long sizeBytes);
}
