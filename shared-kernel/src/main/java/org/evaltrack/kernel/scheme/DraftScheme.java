package org.evaltrack.kernel.scheme;

import org.evaltrack.kernel.limit.TextLimit;
import org.evaltrack.kernel.limit.TextRule;
import org.evaltrack.kernel.limit.DateNotAcceptedException;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.evaltrack.kernel.score.Score;

/** Draft a new assessment scheme (评估方案) for one year; a null {@code bonusCap} means the bonus is not capped. */
public record DraftScheme(
        @TargetAggregateIdentifier SchemeId schemeId,
        int year,
        String title,
        String documentNumber,
        String issuer,
        Deadlines deadlines,
        Score bonusCap) {
    // every text and date a command carries obeys the kernel limits, whoever sends it (API, import, demo)
    public DraftScheme {
        TextRule.require(title, TextLimit.NAME, "title");
        TextRule.require(documentNumber, TextLimit.LABEL, "documentNumber");
        TextRule.require(issuer, TextLimit.NAME, "issuer");
        if (deadlines != null) {
            DateNotAcceptedException.require(deadlines.claimsDue(), "claimsDue");
            DateNotAcceptedException.require(deadlines.evidenceDue(), "evidenceDue");
            DateNotAcceptedException.require(deadlines.reviewDue(), "reviewDue");
        }
    }
}
