package org.evaltrack.query.web.unit;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * How many page reads may wait for the read model at once: a few per user and a few in all, so
 * waiting readers never hold more than a small share of the server's request threads. A read that
 * gets no place is answered at once with what the read model has. The one way reads wait for the read
 * side: a position asked for (ReadPositionWaits) and the pages' own conditions (AssessmentReads) both wait here.
 */
@Component
public class CatchUpWaits {

    /** A page makes one waiting read after a change; two leaves room for a second tab. */
    static final int PER_USER = 2;
    /** Of Tomcat's 200 request threads. */
    static final int IN_ALL = 16;
    /** How long a read waits for the read side at most (setting {@code evaltrack.read-position.wait}, default 5 s). */
    public static final String BOUND = "${evaltrack.read-position.wait:PT5S}";

    /** How often a wait reads again: pauses double from the first to the longest. */
    public enum Pace {
        /** A read of the processors' tokens: a read just behind is answered within milliseconds. */
        CHEAP(Duration.ofMillis(5), Duration.ofMillis(100)),
        /** A whole view asked again: the database is asked less and less often. */
        COSTLY(Duration.ofMillis(100), Duration.ofMillis(400));

        final long firstMillis;
        final long longestMillis;

        Pace(Duration first, Duration longest) {
            this.firstMillis = first.toMillis();
            this.longestMillis = longest.toMillis();
        }
    }

    private final Semaphore inAll;
    private final int perUser;
    private final ConcurrentHashMap<String, Integer> byUser = new ConcurrentHashMap<>();

    public CatchUpWaits() {
        this(PER_USER, IN_ALL);
    }

    CatchUpWaits(int perUser, int inAll) {
        this.perUser = perUser;
        this.inAll = new Semaphore(inAll);
    }

    /** A place to wait, to be closed when done; null when the user or the server already waits enough. */
    public Place enter(String user) {
        boolean[] taken = {false};
        byUser.compute(user, (key, waiting) -> {
            int now = waiting == null ? 0 : waiting;
            if (now >= perUser) {
                return waiting;
            }
            taken[0] = true;
            return now + 1;
        });
        if (!taken[0]) {
            return null;
        }
        if (!inAll.tryAcquire()) {
            leave(user);
            return null;
        }
        return new Place(user);
    }

    /**
     * Reads again until the answer satisfies the condition or the bound has passed, if the user gets a place;
     * otherwise, or when the bound passes, the last answer read is the answer.
     */
    public <T> T await(String user, T first, Supplier<T> again, Predicate<T> reached, Duration bound, Pace pace) {
        if (reached.test(first)) {
            return first;
        }
        Place place = enter(user);
        if (place == null) {
            return first;
        }
        try (place) {
            T answer = first;
            long deadline = System.nanoTime() + bound.toNanos();
            long pause = pace.firstMillis;
            while (!reached.test(answer) && System.nanoTime() < deadline) {
                pause(Math.max(1, Math.min(pause, (deadline - System.nanoTime()) / 1_000_000)));
                pause = Math.min(pause * 2, pace.longestMillis);
                answer = again.get();
            }
            return answer;
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the read side", e);
        }
    }

    int waiting(String user) {
        return byUser.getOrDefault(user, 0);
    }

    private void leave(String user) {
        byUser.computeIfPresent(user, (key, waiting) -> waiting <= 1 ? null : waiting - 1);
    }

    /** One reader's place in the queue of waiting reads. */
    public final class Place implements AutoCloseable {

        private final String user;
        private boolean closed;

        private Place(String user) {
            this.user = user;
        }

        @Override
        public synchronized void close() {
            if (!closed) {
                closed = true;
                inAll.release();
                leave(user);
            }
        }
    }
}
