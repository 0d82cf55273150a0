package org.evaltrack.kernel.error;

/** How an error is to be understood by a caller; the web layer turns it into an HTTP status. */
public enum ErrorKind {
    INVALID,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT,
    TOO_LARGE,
    UNSUPPORTED,
    /** Well-formed but refused as a whole: it contradicts what was sent earlier under the same key. */
    UNPROCESSABLE
}
