package org.evaltrack.kernel.query.trail;

/** Order of trail rows by occurrence time. */
public enum TrailOrder {
    NEWEST_FIRST,
    OLDEST_FIRST
}
