package org.evaltrack.query.totals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.evaltrack.kernel.unit.UnitKind;

/** A unit's name and kind, for totals, rankings and the office's list of units. */
@Entity(name = "TotalsUnitRecord")
@Table(name = "totals_unit")
class UnitRecord {

    @Id
    @Column(name = "unit_id")
    private String unitId;

    private String name;

    @Enumerated(EnumType.STRING)
    private UnitKind kind;

    protected UnitRecord() {
    }

    UnitRecord(String unitId, String name, UnitKind kind) {
        this.unitId = unitId;
        this.name = name;
        this.kind = kind;
    }

    String unitId() {
        return unitId;
    }

    String name() {
        return name;
    }
}
