package org.evaltrack.query.web.drilldown;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.kernel.query.claimsheet.ClaimSheetView;
import org.evaltrack.kernel.query.claimsheet.ClaimSheetView.EvidenceItem;
import org.evaltrack.kernel.query.totals.AssessmentTotalsView;
import org.evaltrack.kernel.query.totals.FindAssessmentTotals;
import org.evaltrack.kernel.query.totals.FindScoreProvenance;
import org.evaltrack.kernel.query.totals.ProvenanceView;
import org.evaltrack.kernel.query.totals.ScorePart;
import org.evaltrack.query.security.QueryUser;
import org.evaltrack.query.web.audittrail.EvidenceReferences;
import org.evaltrack.query.web.page.PageRefused;
import org.evaltrack.query.web.unit.AssessmentReads;
import org.evaltrack.query.web.unit.ScorecardSheet;
import org.springframework.stereotype.Component;

/**
 * What the drill-down pages read, each through the query bus: the totals (refused as the audit trail refuses:
 * unknown 404, another unit's 403), the scorecard's tree, the provenance of a figure (the same answer as
 * {@code GET /api/assessments/{id}/totals/provenance}) and the evidence with the trail's download links.
 */
@Component
class DrillDownReads {

    private final QueryGateway queries;
    private final AssessmentReads reads;
    private final EvidenceReferences files;

    DrillDownReads(QueryGateway queries, AssessmentReads reads, EvidenceReferences files) {
        this.queries = queries;
        this.reads = reads;
        this.files = files;
    }

    AssessmentTotalsView totals(String rawId, QueryUser reader) {
        AssessmentId id;
        try {
            id = AssessmentId.of(rawId);
        } catch (IllegalArgumentException e) {
            throw PageRefused.notFound(ErrorCode.ASSESSMENT_NOT_FOUND.name());
        }
        AssessmentTotalsView totals = ask(new FindAssessmentTotals(id), AssessmentTotalsView.class)
                .orElseThrow(() -> PageRefused.notFound(ErrorCode.ASSESSMENT_NOT_FOUND.name()));
        if (!reader.maySee(totals.unitId())) {
            throw PageRefused.forbidden(ErrorCode.OTHER_UNIT.name());
        }
        return totals;
    }

    ClaimSheetView sheet(AssessmentTotalsView totals) {
        return reads.sheet(totals);
    }

    ScorecardSheet card(AssessmentTotalsView totals, ClaimSheetView sheet) {
        return ScorecardSheet.of(totals, sheet, reads.now());
    }

    /** The events behind one figure, oldest first, bonus claims and veto conditions named by their titles. */
    List<ProvenanceLine> provenance(AssessmentTotalsView totals, ClaimSheetView sheet, ScorePart part, String code) {
        Map<String, String> subjects = new HashMap<>();
        totals.bonusAwards().forEach(b -> subjects.put(b.bonusClaimId(), b.title()));
        sheet.vetoConditions().forEach(v -> subjects.put(v.conditionCode(), v.name()));
        totals.vetoes().forEach(v -> subjects.put(v.conditionCode(), v.name()));
        return ask(new FindScoreProvenance(totals.assessmentId(), part, code, null), ProvenanceView.class)
                .map(view -> view.entries().stream().map(entry -> ProvenanceLine.of(entry, part == ScorePart.INDICATOR ? Map.of() : subjects)).toList())
                .orElse(List.of());
    }

    List<EvidenceLine> evidence(AssessmentTotalsView totals, List<EvidenceItem> items) {
        return items.stream()
                .map(item -> EvidenceLine.of(item, files.describe(totals.assessmentId(), item.evidenceId(), item.fileName())))
                .toList();
    }

    private <R> Optional<R> ask(Object query, Class<R> answer) {
        return queries.query(query, ResponseTypes.optionalInstanceOf(answer)).join();
    }
}
