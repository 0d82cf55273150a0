package org.evaltrack.query.totals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit's name, for totals and rankings. */
@Entity(name = "TotalsUnitRecord")
@Table(name = "totals_unit")
class UnitRecord {

    @Id
    @Column(name = "unit_id")
    private String unitId;

    private String name;

    protected UnitRecord() {
    }

    UnitRecord(String unitId, String name) {
        this.unitId = unitId;
        this.name = name;
    }

    String unitId() {
        return unitId;
    }

    String name() {
        return name;
    }
}
