package org.evaltrack.kernel.unit;

/** What kind of body an assessed unit is. */
public enum UnitKind {
    TOWNSHIP,
    DEPARTMENT
}
