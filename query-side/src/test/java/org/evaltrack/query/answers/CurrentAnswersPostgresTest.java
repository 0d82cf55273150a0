package org.evaltrack.query.answers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Answers are kept exactly as long as the projection's tokens and dead letters stay where they were. */
@PostgresTest
class CurrentAnswersPostgresTest {

    private record FindSomething(String id) {
    }

    private final JdbcTemplate jdbc;
    private final CurrentAnswers answers;
    private final AtomicInteger computed = new AtomicInteger();

    CurrentAnswersPostgresTest(PostgresTestDatabase database) throws IOException {
        var properties = database.springProperties();
        this.jdbc = new JdbcTemplate(new DriverManagerDataSource(database.url(),
                String.valueOf(properties.get("spring.datasource.username")),
                String.valueOf(properties.get("spring.datasource.password"))));
        jdbc.execute("drop table if exists token_entry, dead_letter_entry cascade");
        String tables = new ClassPathResource("db/query/V1__axon_token_and_dead_letter_store.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        for (String statement : tables.replaceAll("(?m)^--.*$", "").split(";")) {
            if (!statement.isBlank()) {
                jdbc.execute(statement);
            }
        }
        this.answers = new CurrentAnswers(jdbc, true, 100);
    }

    @BeforeEach
    void oneProjectionWithTwoSegments() {
        token(0, "position-10");
        token(1, "position-12");
    }

    @Test
    void anAnswerIsComputedOnceWhileTheProjectionStandsStill() {
        assertThat(ask("a")).isEqualTo("answer 1 to a");
        assertThat(ask("a")).isEqualTo("answer 1 to a");
        assertThat(computed).hasValue(1);
    }

    @Test
    void aDifferentQueryHasItsOwnAnswer() {
        ask("a");
        assertThat(ask("b")).isEqualTo("answer 2 to b");
    }

    @Test
    void aTokenThatMovesMakesTheNextAskComputeAgain() {
        ask("a");
        jdbc.update("update token_entry set token = ? where processor_name = 'totals' and segment = 1",
                "position-13".getBytes(StandardCharsets.UTF_8));
        assertThat(ask("a")).isEqualTo("answer 2 to a");
    }

    @Test
    void anotherProjectionMovingChangesNothing() {
        ask("a");
        jdbc.update("insert into token_entry (processor_name, segment, token, timestamp) values ('trail', 0, ?, 'now')",
                "position-99".getBytes(StandardCharsets.UTF_8));
        assertThat(ask("a")).isEqualTo("answer 1 to a");
    }

    @Test
    void aDeadLetterRetriedWithoutMovingATokenMakesTheNextAskComputeAgain() {
        deadLetter("letter-1");
        ask("a");
        jdbc.update("delete from dead_letter_entry where dead_letter_id = 'letter-1'");
        assertThat(ask("a")).isEqualTo("answer 2 to a");
    }

    @Test
    void withoutTokensEveryAskComputes() {
        jdbc.update("delete from token_entry");
        ask("a");
        ask("a");
        assertThat(computed).hasValue(2);
    }

    @Test
    void switchedOffEveryAskComputes() {
        CurrentAnswers off = new CurrentAnswers(jdbc, false, 100);
        off.answer("totals", new FindSomething("a"), computed::incrementAndGet);
        off.answer("totals", new FindSomething("a"), computed::incrementAndGet);
        assertThat(computed).hasValue(2);
    }

    private String ask(String id) {
        return answers.answer("totals", new FindSomething(id), () -> "answer " + computed.incrementAndGet() + " to " + id);
    }

    private void token(int segment, String position) {
        jdbc.update("delete from token_entry where processor_name = 'totals' and segment = ?", segment);
        jdbc.update("insert into token_entry (processor_name, segment, token, timestamp) values ('totals', ?, ?, 'now')",
                segment, position.getBytes(StandardCharsets.UTF_8));
    }

    private void deadLetter(String id) {
        jdbc.update("insert into dead_letter_entry (dead_letter_id, processing_group, sequence_identifier, sequence_index,"
                + " message_type, event_identifier, time_stamp, payload_type, payload, enqueued_at, last_touched)"
                + " values (?, 'totals', 'assessment-1', 0, 'event', 'event-1', 'now', 'Payload', ?, now(), now())",
                id, new byte[] {1});
    }
}
