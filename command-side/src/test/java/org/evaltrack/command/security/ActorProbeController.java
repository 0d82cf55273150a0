package org.evaltrack.command.security;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Echoes the actor of a command request. {@code @TestComponent} keeps it out of component scans. */
@TestComponent
@RestController
public class ActorProbeController {

    private final ActorProvider actors;

    public ActorProbeController(ActorProvider actors) {
        this.actors = actors;
    }

    @PostMapping("/api/probe/actor")
    Map<String, String> actor() {
        Actor actor = actors.current();
        Map<String, String> body = new LinkedHashMap<>();
        body.put("userId", actor.userId().value());
        body.put("role", actor.role().name());
        body.put("unitId", actor.unitId() == null ? null : actor.unitId().value());
        return body;
    }
}
