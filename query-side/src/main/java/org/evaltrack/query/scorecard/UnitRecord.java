package org.evaltrack.query.scorecard;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.evaltrack.kernel.unit.UnitKind;

/** A registered unit's name, copied onto each of its scorecards when they open. */
@Entity(name = "ScorecardUnitRecord")
@Table(name = "scorecard_unit")
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

    String name() {
        return name;
    }
}
