package org.evaltrack.command.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import org.evaltrack.command.CommandSideApplication;
import org.evaltrack.command.api.CommandSender;
import org.evaltrack.kernel.scheme.AddCategory;
import org.evaltrack.kernel.scheme.Deadlines;
import org.evaltrack.kernel.scheme.DraftScheme;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.scheme.Section;
import org.evaltrack.kernel.score.Score;
import org.evaltrack.testsupport.PostgresTest;
import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * An import's commands commit together or not at all, on the real event store: the domain refusing
 * the third command leaves neither the first two commands' events nor their lookup rows.
 */
@PostgresTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandBatchPostgresTest {

    private static final Deadlines DEADLINES = new Deadlines(Instant.parse("2030-01-10T15:59:59Z"),
            Instant.parse("2030-01-15T15:59:59Z"), Instant.parse("2030-02-28T15:59:59Z"));

    private final PostgresTestDatabase database;
    private ConfigurableApplicationContext context;
    private CommandBatch batch;
    private JdbcTemplate jdbc;

    CommandBatchPostgresTest(PostgresTestDatabase database) {
        this.database = database;
    }

    @BeforeAll
    void start() {
        context = new SpringApplicationBuilder(CommandSideApplication.class).run(database.args("--server.port=0"));
        batch = new CommandBatch(context.getBean(CommandSender.class), context.getBean(PlatformTransactionManager.class));
        jdbc = context.getBean(JdbcTemplate.class);
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @BeforeEach
    void signInAsTheOffice() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "office-1", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRefusalMidWayLeavesNothingOfTheBatch() {
        SchemeId id = SchemeId.random();
        List<CommandBatch.Step> steps = List.of(
                new CommandBatch.Step("方案 Scheme", 3, new DraftScheme(id, 2030, "批量测试", "测〔2030〕1号", "测试县", DEADLINES, Score.of("10"))),
                new CommandBatch.Step("类别 Categories", 3, new AddCategory(id, "1.1", Section.COMMON, "类别一", Score.of("10"))),
                new CommandBatch.Step("类别 Categories", 4, new AddCategory(id, "1.1", Section.COMMON, "重复", Score.of("5"))));

        ImportRejected rejection = catchThrowableOfType(ImportRejected.class, () -> batch.run(steps));

        assertThat(rejection.problems()).extracting(RowProblem::sheet, RowProblem::row, RowProblem::code)
                .containsExactly(org.assertj.core.api.Assertions.tuple("类别 Categories", 4, "DUPLICATE_CODE"));
        assertThat(count("select count(*) from domain_event_entry where aggregate_identifier = ?", id.value())).isZero();
        assertThat(count("select count(*) from lookup_scheme where scheme_id = ?", id.value())).isZero();
        assertThat(count("select count(*) from lookup_scheme_category where scheme_id = ?", id.value())).isZero();
    }

    @Test
    void anAcceptedBatchIsStoredWhole() {
        SchemeId id = SchemeId.random();

        batch.run(List.of(
                new CommandBatch.Step("方案 Scheme", 3, new DraftScheme(id, 2030, "批量测试", "测〔2030〕1号", "测试县", DEADLINES, Score.of("10"))),
                new CommandBatch.Step("类别 Categories", 3, new AddCategory(id, "1.1", Section.COMMON, "类别一", Score.of("10"))),
                new CommandBatch.Step("类别 Categories", 4, new AddCategory(id, "1.2", Section.COMMON, "类别二", Score.of("5")))));

        assertThat(count("select count(*) from domain_event_entry where aggregate_identifier = ?", id.value())).isEqualTo(3);
        assertThat(count("select count(*) from lookup_scheme_category where scheme_id = ?", id.value())).isEqualTo(2);
    }

    private long count(String sql, String id) {
        return jdbc.queryForObject(sql, Long.class, id);
    }
}
