package org.evaltrack.query.discrepancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit's name, so reports read as 东山侗族乡 rather than an id. */
@Entity(name = "DiscrepancyUnitRecord")
@Table(name = "discrepancy_unit")
class UnitFactsRecord {

    @Id
    @Column(name = "unit_id")
    String unitId;

    String name;

    protected UnitFactsRecord() {
    }

    UnitFactsRecord(String unitId, String name) {
        this.unitId = unitId;
        this.name = name;
    }
}
