package org.evaltrack.kernel.query.account;

import java.util.List;

/**
 * Answer to {@link ListTrailActors}. The office and the unit's own people, who may appear in its trail.
 * A record rather than a bare list, so its element type survives serialization when queries travel
 * (Axon Server with the Jackson message serializer).
 */
public record TrailActors(List<PersonChoice> actors) {
    public TrailActors {
        actors = List.copyOf(actors);
    }
}
