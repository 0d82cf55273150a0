package org.evaltrack.websupport.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;

class SparseLastAccessSessionsTest {

    /** A store that hands out copies, as a database does, and counts reads and writes of last access. */
    static final class CountingStore implements FindByIndexNameSessionRepository<MapSession> {
        final Map<String, MapSession> rows = new HashMap<>();
        int reads;
        int lastAccessWrites;

        @Override
        public MapSession createSession() {
            return new MapSession();
        }

        @Override
        public void save(MapSession session) {
            MapSession before = rows.get(session.getId());
            if (before != null && !before.getLastAccessedTime().equals(session.getLastAccessedTime())) {
                lastAccessWrites++;
            }
            rows.put(session.getId(), new MapSession(session));
        }

        @Override
        public MapSession findById(String id) {
            reads++;
            MapSession row = rows.get(id);
            return row == null ? null : new MapSession(row);
        }

        @Override
        public void deleteById(String id) {
            rows.remove(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.of();
        }
    }

    private final CountingStore store = new CountingStore();
    private final SparseLastAccessSessions sessions = new SparseLastAccessSessions(store);

    private String stored(Instant lastAccess) {
        MapSession session = new MapSession();
        session.setLastAccessedTime(lastAccess);
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "reviewer");
        store.save(session);
        return session.getId();
    }

    @Test
    void lastAccessIsWrittenOnlyOnceItMovedByAMinute() {
        Instant start = Instant.now();
        String id = stored(start);

        var session = sessions.findById(id);
        session.setLastAccessedTime(start.plusSeconds(30));
        sessions.save(session);
        assertThat(store.lastAccessWrites).isZero();
        assertThat(store.rows.get(id).getLastAccessedTime()).isEqualTo(start);

        session = sessions.findById(id);
        session.setLastAccessedTime(start.plus(SparseLastAccessSessions.GRANULARITY));
        sessions.save(session);
        assertThat(store.lastAccessWrites).isEqualTo(1);
    }

    @Test
    void attributesAreWrittenAsAlways() {
        String id = stored(Instant.now());
        var session = sessions.findById(id);
        session.setAttribute("language", "en");
        sessions.save(session);
        assertThat(store.rows.get(id).<String>getAttribute("language")).isEqualTo("en");
    }

    @Test
    void theSecondCommitOfARequestReusesTheSessionItJustSavedOnce() {
        String id = stored(Instant.now());
        var session = sessions.findById(id);
        sessions.save(session);
        int reads = store.reads;

        assertThat(sessions.findById(id)).isSameAs(session);
        assertThat(store.reads).isEqualTo(reads);
        assertThat(sessions.findById(id)).as("only once").isNotSameAs(session);
        assertThat(store.reads).isEqualTo(reads + 1);
    }

    @Test
    void aSessionSavedLongerAgoOrAnotherOneIsReadFromTheStore() throws InterruptedException {
        String id = stored(Instant.now());
        String other = stored(Instant.now());
        sessions.save(sessions.findById(id));
        assertThat(sessions.findById(other).getId()).isEqualTo(other);

        sessions.save(sessions.findById(id));
        Thread.sleep(Duration.ofNanos(SparseLastAccessSessions.SAVED_REUSE_NANOS).toMillis() + 20);
        int reads = store.reads;
        sessions.findById(id);
        assertThat(store.reads).isEqualTo(reads + 1);
    }

    @Test
    void aDeletedSessionIsNotHandedBack() {
        String id = stored(Instant.now());
        sessions.save(sessions.findById(id));
        sessions.deleteById(id);
        assertThat(sessions.findById(id)).isNull();
    }
}
