package org.evaltrack.command.directory;

import org.evaltrack.kernel.unit.UnitId;

/** Set-based lookup of registered units. */
public interface UnitDirectory {

    boolean exists(UnitId unitId);
}
