package org.evaltrack.command.security;

import org.evaltrack.websupport.CommandWebPostgresTest;

/** The accounts and the command security chain on PostgreSQL, as in production. */
@CommandWebPostgresTest
class CommandSecurityPostgresTest extends CommandSecurityContract {
}
