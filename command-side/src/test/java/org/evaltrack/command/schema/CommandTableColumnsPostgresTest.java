package org.evaltrack.command.schema;

import org.evaltrack.websupport.CommandWebPostgresTest;

@CommandWebPostgresTest
class CommandTableColumnsPostgresTest extends CommandTableColumns {
}
