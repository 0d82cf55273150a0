package org.evaltrack.testsupport.probe;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/** Test-only handler in the command side's in-transaction group "command-lookups". */
@ProcessingGroup("command-lookups")
public class ProbeLookup {

    public static final String EXPLODE = "explode";
    public final List<ProbeRecorded> seen = new CopyOnWriteArrayList<>();

    @EventHandler
    void on(ProbeRecorded event) {
        if (EXPLODE.equals(event.note())) {
            throw new IllegalStateException("lookup refused " + event.probeId());
        }
        seen.add(event);
    }
}
