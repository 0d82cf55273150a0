package org.evaltrack.query.discrepancy;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A scheme as far as discrepancies need it: its title, the bonus cap, and a counter that orders its parts. */
@Entity(name = "DiscrepancySchemeRecord")
@Table(name = "discrepancy_scheme")
class SchemeFactsRecord {

    @Id
    @Column(name = "scheme_id")
    String schemeId;

    String title;

    @Column(name = "bonus_cap")
    BigDecimal bonusCap;

    @Column(name = "next_position")
    int nextPosition;

    @Column(name = "drafted_event_id")
    String draftedEventId;

    protected SchemeFactsRecord() {
    }

    SchemeFactsRecord(String schemeId, String title, BigDecimal bonusCap, String draftedEventId) {
        this.schemeId = schemeId;
        this.title = title;
        this.bonusCap = bonusCap;
        this.draftedEventId = draftedEventId;
    }

    /** Categories and indicators are listed in the order the scheme added them. */
    int takePosition() {
        return nextPosition++;
    }
}
