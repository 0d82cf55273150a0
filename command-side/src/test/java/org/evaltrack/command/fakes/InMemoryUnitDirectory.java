package org.evaltrack.command.fakes;

import java.util.HashSet;
import java.util.Set;
import org.evaltrack.command.directory.UnitDirectory;
import org.evaltrack.kernel.unit.UnitId;

public class InMemoryUnitDirectory implements UnitDirectory {

    private final Set<UnitId> units = new HashSet<>();

    public InMemoryUnitDirectory add(UnitId unitId) {
        units.add(unitId);
        return this;
    }

    @Override
    public boolean exists(UnitId unitId) {
        return units.contains(unitId);
    }
}
