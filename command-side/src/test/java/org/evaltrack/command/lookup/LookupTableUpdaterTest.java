package org.evaltrack.command.lookup;

import org.evaltrack.websupport.CommandWebTest;

/** The lookup tables on H2 (the embedded default). */
@CommandWebTest
class LookupTableUpdaterTest extends LookupTableUpdaterContract {
}
