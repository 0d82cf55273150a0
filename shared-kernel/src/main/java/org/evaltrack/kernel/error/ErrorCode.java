package org.evaltrack.kernel.error;

/**
 * Stable error codes: what crosses the wire and what message bundles are keyed by.
 * Never rename one; add new ones instead.
 */
public enum ErrorCode {
    // malformed input
    MALFORMED_REQUEST(ErrorKind.INVALID),
    VALIDATION_FAILED(ErrorKind.INVALID),
    INVALID_SCORE(ErrorKind.INVALID),
    REASON_REQUIRED(ErrorKind.INVALID),
    INVALID_DEADLINES(ErrorKind.INVALID),
    INVALID_FLOOR(ErrorKind.INVALID),
    REPORT_SECTION_BLANK(ErrorKind.INVALID),
    REPORT_SECTION_TOO_LONG(ErrorKind.INVALID),
    /** A date or instant in the query string outside AcceptedDates. */
    DATE_PARAMETER_OUT_OF_RANGE(ErrorKind.INVALID),
    /** A text too long, or with NUL, a lone surrogate, a control character or a line break where none may be. */
    TEXT_NOT_ACCEPTED(ErrorKind.INVALID),
    /** A number with more integer digits or decimals than its limit allows. */
    NUMBER_NOT_ACCEPTED(ErrorKind.INVALID),
    /** A date or instant in a body outside the accepted range (2000–2100). */
    DATE_NOT_ACCEPTED(ErrorKind.INVALID),

    // access
    FORBIDDEN(ErrorKind.FORBIDDEN),
    ROLE_NOT_ALLOWED(ErrorKind.FORBIDDEN),
    OTHER_UNIT(ErrorKind.FORBIDDEN),
    NOT_YOUR_TASK(ErrorKind.FORBIDDEN),
    OWN_UNIT_REVIEW(ErrorKind.FORBIDDEN),
    /** Tokens are created with a password or a browser session, never with another token. */
    TOKEN_NEEDS_PASSWORD(ErrorKind.FORBIDDEN),
    /** A password longer than BCrypt reads (72 bytes of UTF-8). */
    PASSWORD_TOO_LONG(ErrorKind.INVALID),

    // unknown ids
    SCHEME_NOT_FOUND(ErrorKind.NOT_FOUND),
    UNIT_NOT_FOUND(ErrorKind.NOT_FOUND),
    ASSESSMENT_NOT_FOUND(ErrorKind.NOT_FOUND),
    CATEGORY_NOT_FOUND(ErrorKind.NOT_FOUND),
    INDICATOR_NOT_FOUND(ErrorKind.NOT_FOUND),
    EVIDENCE_NOT_FOUND(ErrorKind.NOT_FOUND),
    BONUS_CLAIM_NOT_FOUND(ErrorKind.NOT_FOUND),
    BONUS_LEVEL_NOT_IN_SCHEME(ErrorKind.NOT_FOUND),
    VETO_CONDITION_NOT_FOUND(ErrorKind.NOT_FOUND),
    TASK_NOT_FOUND(ErrorKind.NOT_FOUND),
    LEADER_NOT_FOUND(ErrorKind.NOT_FOUND),

    // rule violations
    ALREADY_EXISTS(ErrorKind.CONFLICT),
    SCHEME_NOT_DRAFT(ErrorKind.CONFLICT),
    SCHEME_NOT_PUBLISHED(ErrorKind.CONFLICT),
    SCHEME_CLOSED(ErrorKind.CONFLICT),
    BUDGET_MISMATCH(ErrorKind.CONFLICT),
    SCHEME_EMPTY(ErrorKind.CONFLICT),
    DUPLICATE_CODE(ErrorKind.CONFLICT),
    ASSESSMENT_EXISTS(ErrorKind.CONFLICT),
    SCORE_OUT_OF_RANGE(ErrorKind.CONFLICT),
    CLAIMS_DEADLINE_PASSED(ErrorKind.CONFLICT),
    /** Only the performance office (ADMIN) enters a past year's case after the fact (补录). */
    AFTER_THE_FACT_OFFICE_ONLY(ErrorKind.FORBIDDEN),
    /** A stated date of an entry made after the fact that is in the future or outside the scheme's years. */
    STATED_DATE_NOT_ACCEPTED(ErrorKind.INVALID),
    CLAIMS_LOCKED(ErrorKind.CONFLICT),
    NOT_SUBMITTED(ErrorKind.CONFLICT),
    ALREADY_SUBMITTED(ErrorKind.CONFLICT),
    ASSESSMENT_FINALIZED(ErrorKind.CONFLICT),
    NOT_REOPENABLE(ErrorKind.CONFLICT),
    EVIDENCE_NOT_ACTIVE(ErrorKind.CONFLICT),
    EVIDENCE_EXISTS(ErrorKind.CONFLICT),
    NO_CAPTURE_TIME(ErrorKind.CONFLICT),
    EVIDENCE_TARGET_REQUIRED(ErrorKind.INVALID),
    TASK_OF_OTHER_ASSESSMENT(ErrorKind.CONFLICT),
    BONUS_ALREADY_DECIDED(ErrorKind.CONFLICT),
    BONUS_DUPLICATE(ErrorKind.CONFLICT),
    BONUS_PENDING(ErrorKind.CONFLICT),
    VETO_ALREADY_APPLIED(ErrorKind.CONFLICT),
    VETO_NOT_APPLIED(ErrorKind.CONFLICT),
    TASK_CLOSED(ErrorKind.CONFLICT),
    SAME_ASSIGNMENT(ErrorKind.CONFLICT),
    CONCURRENT_MODIFICATION(ErrorKind.CONFLICT),
    IDEMPOTENCY_KEY_REUSED(ErrorKind.UNPROCESSABLE),
    /** The SHA-256 the client computed is not the hash of the bytes that arrived. */
    EVIDENCE_HASH_MISMATCH(ErrorKind.UNPROCESSABLE),
    /** A stored evidence file no longer hashes to the SHA-256 its event recorded. */
    EVIDENCE_CORRUPTED(ErrorKind.CONFLICT),
    /** Evidence whose event exists but whose file is not in the blob store. */
    EVIDENCE_FILE_MISSING(ErrorKind.NOT_FOUND),
    IMPORT_INVALID(ErrorKind.UNPROCESSABLE),
    /** Claims sent as one JSON batch broke the scheme's rules; every row's problem is listed, nothing stored. */
    BATCH_INVALID(ErrorKind.UNPROCESSABLE),

    // transport
    PAYLOAD_TOO_LARGE(ErrorKind.TOO_LARGE),
    UNSUPPORTED_MEDIA_TYPE(ErrorKind.UNSUPPORTED),
    /** A request body larger than its endpoint accepts. */
    REQUEST_TOO_LARGE(ErrorKind.TOO_LARGE);

    private final ErrorKind kind;

    ErrorCode(ErrorKind kind) {
        this.kind = kind;
    }

    public ErrorKind kind() {
        return kind;
    }
}
