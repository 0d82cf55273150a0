package org.evaltrack.command.evidence;

/**
 * What one pass of the evidence sweep did. Kept: blobs an event references, and blobs and temp files
 * within the grace period. {@code firstFailure} names the first file that could not be handled, or null.
 */
public record SweepResult(int blobsRemoved, long blobBytesRemoved, int tempFilesRemoved, long tempBytesRemoved,
                          int blobsReferenced, int blobsWithinGrace, int failures, String firstFailure) {
}
