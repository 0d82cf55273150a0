package org.evaltrack.query.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit's name, joined onto its tasks when a ledger is read. */
@Entity(name = "LedgerUnitRecord")
@Table(name = "ledger_unit")
class LedgerUnitRecord {

    @Id
    @Column(name = "unit_id")
    private String unitId;

    private String name;

    protected LedgerUnitRecord() {
    }

    LedgerUnitRecord(String unitId, String name) {
        this.unitId = unitId;
        this.name = name;
    }
}
