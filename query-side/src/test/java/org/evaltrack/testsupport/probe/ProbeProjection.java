package org.evaltrack.testsupport.probe;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.eventhandling.EventHandler;

/** Test-only projection that fails on the events it is told to fail on. */
public abstract class ProbeProjection {

    public final List<Integer> handled = new CopyOnWriteArrayList<>();
    public final Set<Integer> failOn = ConcurrentHashMap.newKeySet();

    @EventHandler
    void on(ProbeNoted event) {
        if (failOn.contains(event.n())) {
            throw new IllegalStateException("projection cannot take event " + event.n());
        }
        handled.add(event.n());
    }
}
