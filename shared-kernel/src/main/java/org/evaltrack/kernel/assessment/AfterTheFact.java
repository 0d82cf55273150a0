package org.evaltrack.kernel.assessment;

import java.time.Instant;

/**
 * 补录: a past year's claim, evidence, submission or review entered as a record after the fact.
 * {@code statedAt} is when it happened (deadlines are judged on it), {@code recordedAt} when the office
 * entered it (the server's clock), {@code reason} why it is entered late. Null on an event entered live.
 */
public record AfterTheFact(Instant statedAt, Instant recordedAt, String reason) {

    /** Metadata key of the stated moment (ISO-8601 instant), set by the web layer or a loader. */
    public static final String STATED_AT = "statedAt";
    /** Metadata key of the reason for entering after the fact. */
    public static final String REASON = "statedReason";
}
