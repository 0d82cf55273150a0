package org.evaltrack.query.web.unit;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

import org.springframework.stereotype.Component;

/**
 * How many page reads may wait for the read model at once: a few per user and a few in all, so
 * waiting readers never hold more than a small share of the server's request threads. A read that
 * gets no place is answered at once with what the read model has.
 */
@Component
public class CatchUpWaits {

    /** A page makes one waiting read after a change; two leaves room for a second tab. */
    static final int PER_USER = 2;
    /** Of Tomcat's 200 request threads. */
    static final int IN_ALL = 16;

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
