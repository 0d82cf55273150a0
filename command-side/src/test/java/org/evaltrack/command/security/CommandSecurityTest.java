package org.evaltrack.command.security;

import org.evaltrack.websupport.CommandWebTest;

/** The accounts and the command security chain on H2 (the embedded default). */
@CommandWebTest
class CommandSecurityTest extends CommandSecurityContract {
}
