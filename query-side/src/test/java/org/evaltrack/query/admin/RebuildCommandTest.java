package org.evaltrack.query.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.evaltrack.query.QuerySideApplication;
import org.evaltrack.testsupport.admin.CountingProjection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ExitCodeEvent;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/** The documented one-off run: --evaltrack.rebuild=... rebuilds, waits for the replay and closes the application. */
class RebuildCommandTest {

    private final List<Integer> exitCodes = new CopyOnWriteArrayList<>();

    @BeforeEach
    void resetCounter() {
        CountingProjection.RESETS.set(0);
    }

    @Test
    void rebuildingAllProjectionsResetsThemAndClosesTheApplication() {
        ConfigurableApplicationContext context = run("--evaltrack.rebuild=all");

        assertThat(CountingProjection.RESETS).hasValue(1);
        assertThat(context.isActive()).isFalse();
        assertThat(exitCodes).isEmpty(); // exit code 0 raises no ExitCodeEvent
    }

    @Test
    void anUnknownGroupEndsTheRunWithExitCodeOneAndResetsNothing() {
        ConfigurableApplicationContext context = run("--evaltrack.rebuild=" + CountingProjection.GROUP + ",no-such-group");

        assertThat(exitCodes).containsExactly(1);
        assertThat(CountingProjection.RESETS).hasValue(0);
        assertThat(context.isActive()).isFalse();
    }

    @Test
    void withoutTheArgumentTheApplicationRunsOn() {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(QuerySideApplication.class, CountingProjection.Config.class)
                .run("--server.port=0");
        try {
            assertThat(context.isActive()).isTrue();
            assertThat(CountingProjection.RESETS).hasValue(0);
        } finally {
            context.close();
        }
    }

    private ConfigurableApplicationContext run(String groups) {
        return new SpringApplicationBuilder(QuerySideApplication.class, CountingProjection.Config.class)
                .listeners((ApplicationListener<ExitCodeEvent>) event -> exitCodes.add(event.getExitCode()))
                .run("--server.port=0", groups, "--evaltrack.rebuild-exit=false", "--evaltrack.rebuild-timeout=PT1M");
    }
}
