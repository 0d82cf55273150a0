package org.evaltrack.testsupport.probe;

import org.axonframework.config.ProcessingGroup;

/** Dead-lettering is on for query-side groups by default. */
@ProcessingGroup(DeadLetteredProjection.GROUP)
public class DeadLetteredProjection extends ProbeProjection {
    public static final String GROUP = "probe-dead-lettered";
}
