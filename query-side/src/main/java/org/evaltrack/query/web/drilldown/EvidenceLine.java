package org.evaltrack.query.web.drilldown;

import org.evaltrack.kernel.query.claimsheet.ClaimSheetView.EvidenceItem;
import org.evaltrack.query.web.audittrail.EvidenceReferences.EvidenceReference;
import org.evaltrack.query.web.page.BeijingTime;

/**
 * One piece of evidence of an indicator: the file with the audit trail's hash-checked download link, when it
 * came, whether it was late, and whether it is in force, withdrawn or rejected (with the reason).
 */
public record EvidenceLine(EvidenceReference file, String received, String captured, boolean late, String stateKey,
                           String stateReason) {

    static EvidenceLine of(EvidenceItem item, EvidenceReference file) {
        String state = switch (String.valueOf(item.state())) {
            case "WITHDRAWN" -> "WITHDRAWN";
            case "REJECTED" -> "REJECTED";
            default -> "ACTIVE";
        };
        return new EvidenceLine(file, BeijingTime.show(item.receivedAt()),
                item.capturedAt() == null ? null : BeijingTime.show(item.capturedAt()), item.late(),
                "drill.evidence.state." + state, item.stateReason());
    }

    public String shortHash() {
        return file.sha256() == null ? null : file.sha256().substring(0, Math.min(12, file.sha256().length()));
    }
}
