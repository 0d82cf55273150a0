package org.evaltrack.kernel.query.ledger;

/**
 * The state of an open task against its due date (Beijing time): RED once the due date has passed,
 * YELLOW from three days before the due date through the due date itself, GREEN before that.
 * Closed tasks carry no light.
 */
public enum TrafficLight {
    RED,
    YELLOW,
    GREEN
}
