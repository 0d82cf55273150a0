package org.evaltrack.command.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.evaltrack.command.account.AccountService;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.websupport.CommandWebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@CommandWebTest
@ExtendWith(OutputCaptureExtension.class)
class PasswordNotLoggedTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Test
    void creating_and_failing_accounts_never_logs_the_password(CapturedOutput output) throws Exception {
        // another test context may have reset the levels since this one was cached: set the one read here
        LoggingSystem.get(getClass().getClassLoader()).setLogLevel("org.evaltrack.command.web", LogLevel.DEBUG);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String adminPassword = "admin-Pw-" + suffix;
        String newPassword = "fresh-Pw-" + suffix;
        accounts.registerIfAbsent(new UserId("u-" + suffix), "admin-" + suffix, adminPassword, "管理员", Role.ADMIN, null);

        String body = "{\"username\":\"n-" + suffix + "\",\"password\":\"" + newPassword
                + "\",\"displayName\":\"新用户\",\"role\":\"REVIEWER\"}";
        mvc.perform(post("/api/accounts").with(httpBasic("admin-" + suffix, adminPassword))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated());
        // refused the second time (taken username): the refusal is logged at debug, the body must not be
        mvc.perform(post("/api/accounts").with(httpBasic("admin-" + suffix, adminPassword))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isConflict());

        // refused for its length: binding exceptions quote rejected values, so this is the risky path
        String tooLong = "too-long-" + suffix + "x".repeat(80);
        mvc.perform(post("/api/accounts").with(httpBasic("admin-" + suffix, adminPassword))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body.replace(newPassword, tooLong).replace("n-" + suffix, "m-" + suffix)))
                .andExpect(status().isBadRequest());

        assertThat(output.getAll())
                .as("both the creation and the refusal were logged, so the check below means something")
                .contains("registered")
                .contains("ALREADY_EXISTS")
                .contains("PASSWORD_TOO_LONG")
                .doesNotContain(newPassword)
                .doesNotContain(adminPassword)
                .doesNotContain(tooLong);
    }
}
