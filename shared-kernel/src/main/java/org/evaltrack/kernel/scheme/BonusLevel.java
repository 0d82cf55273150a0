package org.evaltrack.kernel.scheme;

/** The level of a bonus award (创先争优加分项); the scheme's bonus rules give each level its points. */
public enum BonusLevel {
    CENTRAL_MEDIA,
    PROVINCIAL_MEDIA,
    MUNICIPAL_MEDIA,
    NATIONAL_COMMENDATION,
    PROVINCIAL_COMMENDATION,
    MUNICIPAL_COMMENDATION,
    COUNTY_COMMENDATION
}
