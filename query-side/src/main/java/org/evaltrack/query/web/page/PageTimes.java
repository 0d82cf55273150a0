package org.evaltrack.query.web.page;

import java.time.Instant;

import org.springframework.stereotype.Component;

/** Beijing times for templates: {@code ${@times.show(row.occurredAt)}}. */
@Component("times")
public class PageTimes {

    public String show(Instant instant) {
        return BeijingTime.show(instant);
    }

    public String input(Instant instant) {
        return BeijingTime.input(instant);
    }
}
