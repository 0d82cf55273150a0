package org.evaltrack.command.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.evaltrack.command.account.AccountService;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.websupport.CommandWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

/** Every refusal is in access_denial and in the log at INFO: who, what, the code, the name tried; never a secret. */
@CommandWebTest
@Import(RefusalsLoggedTest.DenialsRecorded.class)
@ExtendWith(OutputCaptureExtension.class)
class RefusalsLoggedTest {

    /** The web test application leaves the table out; here it is the real one, on the test's H2. */
    @TestConfiguration(proxyBeanMethods = false)
    static class DenialsRecorded {

        @Bean
        AccessDenialLog commandAccessDenialLog(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                                               SecurityContextActorProvider actors) {
            return new AccessDenialLog(jdbc, transactions, actors, Clock.systemUTC());
        }
    }

    private static final String UNIT = "{\"name\":\"拒绝乡\",\"kind\":\"TOWNSHIP\"}";

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aWrongPasswordIsRecordedAndLoggedWithTheAccountNameTriedButNotThePassword(CapturedOutput output) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = "office-" + suffix;
        accounts.registerIfAbsent(new UserId("u-" + suffix), name, "right-Pw-" + suffix, "办公室", Role.ADMIN, null);
        String wrong = "wrong-Pw-" + suffix;

        mvc.perform(post("/api/units").with(httpBasic(name, wrong)).contentType(MediaType.APPLICATION_JSON).content(UNIT))
                .andExpect(status().isUnauthorized());

        Map<String, Object> row = onlyRowWithPath("/api/units", "account_tried = '" + name + "'");
        assertThat(row).containsEntry("code", "UNAUTHENTICATED").containsEntry("role", "ANONYMOUS");
        assertThat(row.get("user_id")).isNull();
        assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(wrong));
        assertThat(output.getAll())
                .containsPattern("INFO .*AccessDenialLog *: Refused POST /api/units with UNAUTHENTICATED: user - \\(ANONYMOUS\\),"
                        + " account tried " + name)
                .doesNotContain(wrong);
    }

    @Test
    void aDisabledAccountsSignInIsRecordedWithTheNameTried(CapturedOutput output) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String name = "gone-" + suffix;
        String password = "right-Pw-" + suffix;
        accounts.registerIfAbsent(new UserId("g-" + suffix), name, password, "停用", Role.ADMIN, null);
        jdbc.update("update account set enabled = false where username = ?", name);

        mvc.perform(post("/api/units").with(httpBasic(name, password)).contentType(MediaType.APPLICATION_JSON).content(UNIT))
                .andExpect(status().isUnauthorized());

        assertThat(onlyRowWithPath("/api/units", "account_tried = '" + name + "'")).containsEntry("role", "ANONYMOUS");
        assertThat(output.getAll()).contains("account tried " + name).doesNotContain(password);
    }

    @Test
    void aGuessedBearerTokenIsRecordedWithoutANameAndNeverLogged(CapturedOutput output) throws Exception {
        String guess = "evt_" + UUID.randomUUID().toString().replace("-", "");

        mvc.perform(post("/api/units").header("Authorization", "Bearer " + guess)
                        .contentType(MediaType.APPLICATION_JSON).content(UNIT))
                .andExpect(status().isUnauthorized());

        assertThat(jdbc.queryForObject("select count(*) from access_denial where account_tried like ?", Integer.class,
                "%" + guess.substring(4, 20) + "%")).isZero();
        assertThat(output.getAll())
                .contains("Refused POST /api/units with UNAUTHENTICATED: user - (ANONYMOUS), account tried -")
                .doesNotContain(guess.substring(4));
    }

    @Test
    void aForbiddenCommandIsLoggedWithWhoWhatAndTheCode(CapturedOutput output) throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String password = "review-Pw-" + suffix;
        accounts.registerIfAbsent(new UserId("r-" + suffix), "reviewer-" + suffix, password, "审核", Role.REVIEWER, null);

        mvc.perform(post("/api/accounts").with(httpBasic("reviewer-" + suffix, password))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());

        assertThat(output.getAll())
                .contains("Refused POST /api/accounts with FORBIDDEN: user r-" + suffix + " (REVIEWER), account tried -")
                .doesNotContain(password);
        Map<String, Object> row = onlyRowWithPath("/api/accounts", "user_id = 'r-" + suffix + "'");
        assertThat(row).containsEntry("code", "FORBIDDEN");
        assertThat(row.get("account_tried")).isNull();
    }

    private Map<String, Object> onlyRowWithPath(String path, String condition) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select user_id, role, method, path, code, account_tried from access_denial where path = ? and " + condition, path);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
