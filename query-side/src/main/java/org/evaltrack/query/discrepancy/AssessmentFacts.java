package org.evaltrack.query.discrepancy;

import java.util.List;

/**
 * One assessment's facts as loaded for one query.
 *
 * @param figures figures of each indicator's current claim revision only, in indicator then report order
 */
record AssessmentFacts(AssessmentFactsRecord assessment, String unitName, List<ClaimFactsRecord> claims,
                       List<FigureFactsRecord> figures, List<EvidenceFactsRecord> evidence,
                       List<EvidenceLinkRecord> links, List<BonusClaimFactsRecord> bonusClaims) {
}
