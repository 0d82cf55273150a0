package org.evaltrack.kernel.query.claimsheet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;

/**
 * The words and files behind an assessment's scores (the scores themselves are the totals model's):
 * each indicator's current narrative and reported figures, the evidence, the scheme's deadlines and
 * veto conditions.
 *
 * @param claimsDue   the scheme's current claims deadline (时间节点), null if the scheme is not known yet
 * @param evidenceDue the scheme's current evidence deadline
 * @param reviewDue   the scheme's current review deadline
 * @param claims      one per claimed indicator, in indicator-code order
 * @param evidence    every piece of evidence, withdrawn and rejected included, oldest first
 * @param bonusClaims the words of every bonus claim, in the order claimed (points and state: the totals model's)
 */
public record ClaimSheetView(
        AssessmentId assessmentId,
        SchemeId schemeId,
        UnitId unitId,
        Instant claimsDue,
        Instant evidenceDue,
        Instant reviewDue,
        List<ClaimText> claims,
        List<EvidenceItem> evidence,
        List<VetoCondition> vetoConditions,
        List<BonusClaimText> bonusClaims) {

    public ClaimSheetView {
        claims = claims == null ? List.of() : List.copyOf(claims);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        vetoConditions = vetoConditions == null ? List.of() : List.copyOf(vetoConditions);
        bonusClaims = bonusClaims == null ? List.of() : List.copyOf(bonusClaims);
    }

    /** A claim's words: the narrative as written (never interpreted as markup) and the figures reported with it. */
    public record ClaimText(String indicatorCode, String narrative, int revision, Instant claimedAt,
                            List<Figure> reportedFigures) {
        public ClaimText {
            reportedFigures = reportedFigures == null ? List.of() : List.copyOf(reportedFigures);
        }
    }

    /** A reported figure as written: value kept as its plain decimal text. */
    public record Figure(String name, String value, String unit) {
    }

    /**
     * @param state  ACTIVE, WITHDRAWN or REJECTED
     * @param late   received (or, by an accepted capture time, counted) after the evidence deadline
     * @param stateReason          why it was withdrawn or rejected; null while active
     * @param captureTimeAccepted  a reviewer accepted its capture time for judging lateness
     * @param acceptanceReason     the reviewer's reason for that, if given
     */
    public record EvidenceItem(String evidenceId, String fileName, String mediaType, long sizeBytes, String sha256,
                               Instant receivedAt, Instant capturedAt, boolean late, String state,
                               List<String> indicatorCodes, String stateReason, boolean captureTimeAccepted,
                               String acceptanceReason) {
        public EvidenceItem {
            indicatorCodes = indicatorCodes == null ? List.of() : List.copyOf(indicatorCodes);
        }

        public boolean active() {
            return "ACTIVE".equals(state);
        }
    }

    /**
     * A bonus claim's words as the unit wrote them and the reviewer's answer.
     *
     * @param verificationNote the reviewer's optional note on verifying it
     * @param rejectionReason  the reviewer's reason for rejecting it
     */
    public record BonusClaimText(String bonusClaimId, String level, String title, String source, LocalDate awardedOn,
                                 String verificationNote, String rejectionReason) {
    }

    /** A veto condition (一票否决) the scheme defines. */
    public record VetoCondition(String conditionCode, String name) {
    }
}
