package org.evaltrack.testsupport.probe;

import org.axonframework.config.ProcessingGroup;

/** Opted out of dead-lettering (see {@link #OPT_OUT}): failures hold its token. */
@ProcessingGroup(BlockingProjection.GROUP)
public class BlockingProjection extends ProbeProjection {
    public static final String GROUP = "probe-blocking";
    public static final String OPT_OUT = "--axon.eventhandling.processors." + GROUP + ".dlq.enabled=false";
}
