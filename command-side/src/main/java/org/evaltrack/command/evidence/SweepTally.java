package org.evaltrack.command.evidence;

/** Counts for a {@link SweepResult} while a sweep runs (one thread). */
final class SweepTally {

    private int blobsRemoved;
    private long blobBytesRemoved;
    private int tempFilesRemoved;
    private long tempBytesRemoved;
    private int blobsReferenced;
    private int blobsWithinGrace;
    private int failures;
    private String firstFailure;

    void blobRemoved(long bytes) {
        blobsRemoved++;
        blobBytesRemoved += bytes;
    }

    void tempRemoved(long bytes) {
        tempFilesRemoved++;
        tempBytesRemoved += bytes;
    }

    void referenced() {
        blobsReferenced++;
    }

    void withinGrace() {
        blobsWithinGrace++;
    }

    void failed(String what) {
        failures++;
        if (firstFailure == null) {
            firstFailure = what;
        }
    }

    SweepResult result() {
        return new SweepResult(blobsRemoved, blobBytesRemoved, tempFilesRemoved, tempBytesRemoved, blobsReferenced,
                blobsWithinGrace, failures, firstFailure);
    }
}
