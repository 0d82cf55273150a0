package org.evaltrack.command.demo;

import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.ledger.TaskId;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;

/**
 * What the importer asks of the command side's lookup tables: whether the case is already
 * loaded, and whether what it just created is visible to the next command (lookups may be
 * filled by an event handler a moment after the command returns).
 */
interface DemoLookups {

    /** Without lookup tables (e.g. in tests): nothing is loaded yet, and whatever is created is visible at once. */
    DemoLookups NONE = new DemoLookups() {
        @Override
        public boolean schemeExists(SchemeId schemeId) {
            return false;
        }

        @Override
        public boolean schemePublished(SchemeId schemeId) {
            return true;
        }

        @Override
        public boolean unitExists(UnitId unitId) {
            return true;
        }

        @Override
        public boolean assessmentExists(AssessmentId assessmentId) {
            return true;
        }

        @Override
        public boolean taskExists(TaskId taskId) {
            return true;
        }
    };

    boolean schemeExists(SchemeId schemeId);

    boolean schemePublished(SchemeId schemeId);

    boolean unitExists(UnitId unitId);

    boolean assessmentExists(AssessmentId assessmentId);

    boolean taskExists(TaskId taskId);
}
