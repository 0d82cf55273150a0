package org.evaltrack.command.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The one instant all fixtures live at: 2020-01-10 10:00 in China. */
public final class FixedClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Instant NOW = Instant.parse("2020-01-10T02:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZONE);

    private FixedClock() {
    }
}
