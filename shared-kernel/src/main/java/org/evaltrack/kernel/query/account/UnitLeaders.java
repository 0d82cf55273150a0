package org.evaltrack.kernel.query.account;

import java.util.List;

/**
 * Answer to {@link ListUnitLeaders}. The unit's enabled leaders, by name.
 * A record rather than a bare list, so its element type survives serialization when queries travel
 * (Axon Server with the Jackson message serializer).
 */
public record UnitLeaders(List<LeaderChoice> leaders) {
    public UnitLeaders {
        leaders = List.copyOf(leaders);
    }
}
