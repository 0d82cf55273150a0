package org.evaltrack.websupport.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The browser sessions' store, writing a session's last access only when it moved by at least
 * {@link #GRANULARITY}: a signed-in request otherwise wrote its session row back every time, which
 * cost as much as the read it served. A session may so expire up to that much early; it still ends
 * on every node alike, since the row is the only record.
 * <p>
 * Spring Session commits a session twice when the answer is sent before the request ends, and the
 * second commit read the row again; a session just saved is handed back once to that second read on
 * the same thread, within {@link #SAVED_REUSE_NANOS}. Everything else is the store's own.
 */
public final class SparseLastAccessSessions implements FindByIndexNameSessionRepository<Session> {

    /** Far below the session timeout (30 min by default), so no one notices. */
    public static final Duration GRANULARITY = Duration.ofMinutes(1);

    /** Far longer than the two commits of one request are apart, far shorter than a next request's round trip. */
    static final long SAVED_REUSE_NANOS = 50_000_000;

    @SuppressWarnings("rawtypes")
    private final FindByIndexNameSessionRepository store;
    private final ThreadLocal<Saved> justSaved = new ThreadLocal<>();

    private record Saved(Sparse session, long atNanos) {
    }

    public SparseLastAccessSessions(FindByIndexNameSessionRepository<? extends Session> store) {
        this.store = store;
    }

    @Override
    public Session createSession() {
        return new Sparse(store.createSession());
    }

    @Override
    @SuppressWarnings("unchecked")
    public void save(Session session) {
        Sparse sparse = (Sparse) session;
        store.save(sparse.stored);
        justSaved.set(new Saved(sparse, System.nanoTime()));
    }

    @Override
    public Session findById(String id) {
        Saved saved = justSaved.get();
        justSaved.remove();
        if (saved != null && saved.session().getId().equals(id) && System.nanoTime() - saved.atNanos() < SAVED_REUSE_NANOS
                && !saved.session().isExpired()) {
            return saved.session();
        }
        Session found = store.findById(id);
        return found == null ? null : new Sparse(found);
    }

    @Override
    public void deleteById(String id) {
        justSaved.remove();
        store.deleteById(id);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, Session> found = new LinkedHashMap<>();
        ((Map<String, Session>) store.findByIndexNameAndIndexValue(indexName, indexValue))
                .forEach((id, session) -> found.put(id, new Sparse(session)));
        return found;
    }

    /** The stored session, told of a new last access only when it is worth a write. */
    private static final class Sparse implements Session {

        private final Session stored;

        private Sparse(Session stored) {
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(stored.getLastAccessedTime(), lastAccessedTime).compareTo(GRANULARITY) >= 0) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return stored.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            stored.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            stored.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
