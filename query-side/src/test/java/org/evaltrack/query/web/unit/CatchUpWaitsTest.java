package org.evaltrack.query.web.unit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CatchUpWaitsTest {

    @Test
    void aUserGetsAFewPlacesAndTheRestAreAnsweredAtOnce() {
        CatchUpWaits waits = new CatchUpWaits(2, 16);

        CatchUpWaits.Place first = waits.enter("changpuzi");
        CatchUpWaits.Place second = waits.enter("changpuzi");

        assertThat(first).isNotNull();
        assertThat(second).isNotNull();
        assertThat(waits.enter("changpuzi")).as("a third wait of the same user").isNull();
        assertThat(waits.enter("dongshan")).as("another user still waits").isNotNull();
    }

    @Test
    void aPlaceLeftIsFreeAgainAndClosingTwiceFreesItOnce() {
        CatchUpWaits waits = new CatchUpWaits(1, 16);
        CatchUpWaits.Place place = waits.enter("changpuzi");

        place.close();
        place.close();

        assertThat(waits.waiting("changpuzi")).isZero();
        CatchUpWaits.Place again = waits.enter("changpuzi");
        assertThat(again).isNotNull();
        assertThat(waits.enter("changpuzi")).isNull();
    }

    @Test
    void theServerWideLimitHoldsAcrossUsersAndIsNotLostToRefusedUsers() {
        CatchUpWaits waits = new CatchUpWaits(2, 3);

        assertThat(waits.enter("a")).isNotNull();
        assertThat(waits.enter("b")).isNotNull();
        CatchUpWaits.Place third = waits.enter("c");
        assertThat(third).isNotNull();
        assertThat(waits.enter("d")).as("the server already has its three waiting reads").isNull();
        assertThat(waits.waiting("d")).as("a refused user keeps no place").isZero();

        third.close();
        assertThat(waits.enter("d")).isNotNull();
    }

    @Test
    void aWaitReadsAgainUntilTheConditionHoldsAndLeavesItsPlace() {
        CatchUpWaits waits = new CatchUpWaits(1, 16);
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();

        int answer = waits.await("changpuzi", 0, reads::incrementAndGet, n -> n >= 3, java.time.Duration.ofSeconds(5), CatchUpWaits.Pace.CHEAP);

        assertThat(answer).isEqualTo(3);
        assertThat(waits.waiting("changpuzi")).isZero();
    }

    @Test
    void aWaitEndsAtItsBoundWithTheLastAnswer() {
        CatchUpWaits waits = new CatchUpWaits(1, 16);
        long start = System.nanoTime();

        int answer = waits.await("changpuzi", 0, () -> 1, n -> n >= 3, java.time.Duration.ofMillis(200), CatchUpWaits.Pace.CHEAP);

        long took = java.time.Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertThat(answer).isEqualTo(1);
        assertThat(took).isBetween(190L, 1_000L);
    }

    @Test
    void withoutAPlaceTheFirstAnswerIsTheAnswerAtOnce() {
        CatchUpWaits waits = new CatchUpWaits(1, 16);
        CatchUpWaits.Place taken = waits.enter("changpuzi");

        int answer = waits.await("changpuzi", 0, () -> 3, n -> n >= 3, java.time.Duration.ofSeconds(5), CatchUpWaits.Pace.CHEAP);

        assertThat(answer).as("not read again").isZero();
        taken.close();
    }
}
