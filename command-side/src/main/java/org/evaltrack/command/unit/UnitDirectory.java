package org.evaltrack.command.unit;

import org.evaltrack.kernel.unit.UnitId;

/** Set-based lookup of registered units. */
public interface UnitDirectory {

    boolean exists(UnitId unitId);
}
