package org.evaltrack.command.schema;

import org.evaltrack.websupport.CommandWebTest;

@CommandWebTest
class CommandTableColumnsTest extends CommandTableColumns {
}
