package org.evaltrack.command.api;

/** What a caller must be to the object named in the URL, on top of their role. */
public enum CallerScope {
    /** The role is enough. */
    ANY,
    /** A unit-bound caller acts only on their own unit's assessment ({assessmentId}). */
    OWN_UNIT,
    /** A unit-bound reviewer does not review their own unit's assessment ({assessmentId}). */
    NOT_OWN_UNIT_REVIEW,
    /** {@link #OWN_UNIT}, the task ({taskId}) belongs to that assessment, and a leader leads it now. */
    OWN_UNIT_TASK
}
