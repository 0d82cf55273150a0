package org.evaltrack.query.web.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Pages read and show times as Beijing times, whatever zone the server runs in. */
class BeijingTimeTest {

    @Test
    void aPickedTimeIsBeijingTime() {
        assertThat(BeijingTime.parseInput("2020-01-10T08:00:00")).contains(Instant.parse("2020-01-10T00:00:00Z"));
        assertThat(BeijingTime.parseInput("2020-01-10T08:00")).contains(Instant.parse("2020-01-10T00:00:00Z"));
    }

    @Test
    void asOfASecondIncludesEverythingDuringThatSecond() {
        assertThat(BeijingTime.parseAsOf("2020-01-10T08:00:05")).contains(Instant.parse("2020-01-10T00:00:05.999999Z"));
    }

    @Test
    void blankIsNoTimeAndGarbageIsRefused() {
        assertThat(BeijingTime.parseInput(" ")).isEmpty();
        assertThat(BeijingTime.parseAsOf(null)).isEmpty();
        assertThatThrownBy(() -> BeijingTime.parseInput("2020-13-45T99:00")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timesOutsideTheAcceptedDatesAreRefused() {
        assertThatThrownBy(() -> BeijingTime.parseInput("+999999999-12-31T23:59:59")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BeijingTime.parseAsOf("2101-01-01T08:00:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BeijingTime.parseInput("1999-12-31T23:59:59")).isInstanceOf(IllegalArgumentException.class);
        assertThat(BeijingTime.parseInput("2000-01-01T08:00:00")).isPresent();
    }

    @Test
    void shownAndInputValuesAreBeijingTimeToTheSecond() {
        Instant instant = Instant.parse("2020-01-09T16:30:15.987Z");
        assertThat(BeijingTime.show(instant)).isEqualTo("2020-01-10 00:30:15");
        assertThat(BeijingTime.input(instant)).isEqualTo("2020-01-10T00:30:15");
        assertThat(BeijingTime.parseInput(BeijingTime.input(instant))).contains(Instant.parse("2020-01-09T16:30:15Z"));
    }
}
