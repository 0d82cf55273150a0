package org.evaltrack.command.lookup;

import org.evaltrack.websupport.CommandWebPostgresTest;

/** The lookup tables on PostgreSQL, as in production. */
@CommandWebPostgresTest
class LookupTableUpdaterPostgresTest extends LookupTableUpdaterContract {
}
