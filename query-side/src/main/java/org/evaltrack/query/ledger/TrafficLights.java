package org.evaltrack.query.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.evaltrack.kernel.query.ledger.TrafficLight;

/** The traffic-light rule, judged in Beijing time whatever zone the server or the clock runs in. */
final class TrafficLights {

    /** Due dates are calendar days in the county's time zone. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final int YELLOW_DAYS = 3;

    private TrafficLights() {
    }

    static LocalDate dayOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /** An open task is red once its due date is over, yellow on its last {@value #YELLOW_DAYS} days before that. */
    static TrafficLight of(LocalDate dueDate, LocalDate today) {
        if (today.isAfter(dueDate)) {
            return TrafficLight.RED;
        }
        return today.plusDays(YELLOW_DAYS).isBefore(dueDate) ? TrafficLight.GREEN : TrafficLight.YELLOW;
    }
}
