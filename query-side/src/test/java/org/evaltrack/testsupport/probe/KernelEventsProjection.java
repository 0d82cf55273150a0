package org.evaltrack.testsupport.probe;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.evaltrack.kernel.assessment.ScoreClaimed;
import org.evaltrack.kernel.scheme.SchemeDrafted;

/** Test-only projection of real kernel events, read by a streaming processor. */
@ProcessingGroup(KernelEventsProjection.GROUP)
public class KernelEventsProjection {
    public static final String GROUP = "probe-kernel";

    public final List<Object> seen = new CopyOnWriteArrayList<>();
    public volatile int resets;

    @EventHandler
    void on(SchemeDrafted event) {
        seen.add(event);
    }

    @EventHandler
    void on(ScoreClaimed event) {
        seen.add(event);
    }

    @ResetHandler
    void reset() {
        resets++;
        seen.clear();
    }
}
