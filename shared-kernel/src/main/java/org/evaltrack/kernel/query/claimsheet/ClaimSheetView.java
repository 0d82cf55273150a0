package org.evaltrack.kernel.query.claimsheet;

import java.time.Instant;
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
        List<VetoCondition> vetoConditions) {

    public ClaimSheetView {
        claims = claims == null ? List.of() : List.copyOf(claims);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        vetoConditions = vetoConditions == null ? List.of() : List.copyOf(vetoConditions);
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
     */
    public record EvidenceItem(String evidenceId, String fileName, String mediaType, long sizeBytes, String sha256,
                               Instant receivedAt, Instant capturedAt, boolean late, String state,
                               List<String> indicatorCodes) {
        public EvidenceItem {
            indicatorCodes = indicatorCodes == null ? List.of() : List.copyOf(indicatorCodes);
        }

        public boolean active() {
            return "ACTIVE".equals(state);
        }
    }

    /** A veto condition (一票否决) the scheme defines. */
    public record VetoCondition(String conditionCode, String name) {
    }
}
