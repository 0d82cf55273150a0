package org.evaltrack.command.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.evaltrack.command.account.AccountService;
import org.evaltrack.command.account.AccountStore;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.unit.UnitId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

abstract class CommandSecurityContract {

    private static final String PASSWORD = "correct-horse-battery";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountStore store;

    private String admin;
    private String submitter;

    @BeforeEach
    void accounts() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        admin = "admin-" + suffix;
        submitter = "submitter-" + suffix;
        accounts.registerIfAbsent(new UserId("u-admin-" + suffix), admin, PASSWORD, "考核办", Role.ADMIN, null);
        accounts.registerIfAbsent(new UserId("u-sub-" + suffix), submitter, PASSWORD, "东山镇填报员", Role.SUBMITTER,
                new UnitId("unit-" + suffix));
    }

    @Test
    void command_request_without_credentials_is_401_problem() throws Exception {
        mvc.perform(post("/api/probe/actor"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic")))
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void wrong_password_is_401_problem() throws Exception {
        mvc.perform(post("/api/probe/actor").with(httpBasic(admin, "wrong-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void read_requests_are_left_to_the_query_side_chain() throws Exception {
        // no credentials, yet not 401: this chain does not match GET (405 because only POST is mapped)
        mvc.perform(get("/api/accounts")).andExpect(status().isMethodNotAllowed());
    }

    @Test
    void signed_in_actor_comes_from_the_account() throws Exception {
        mvc.perform(post("/api/probe/actor").with(httpBasic(submitter, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.userId").value(startsWith("u-sub-")))
                .andExpect(jsonPath("$.role").value("SUBMITTER"))
                .andExpect(jsonPath("$.unitId").value(startsWith("unit-")));
    }

    @Test
    void non_admin_creating_an_account_is_403_problem() throws Exception {
        mvc.perform(post("/api/accounts").with(httpBasic(submitter, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newAccount("x-" + UUID.randomUUID().toString().substring(0, 8), "REVIEWER", null)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }

    @Test
    void admin_creates_an_account_that_can_then_sign_in() throws Exception {
        String username = "reviewer-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/api/accounts").with(httpBasic(admin, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newAccount(username, "REVIEWER", null)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(startsWith("user-")));

        mvc.perform(post("/api/probe/actor").with(httpBasic(username, "new-password-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("REVIEWER"));
    }

    @Test
    void stored_password_is_a_bcrypt_hash() throws Exception {
        String username = "leader-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/api/accounts").with(httpBasic(admin, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newAccount(username, "LEADER", null)))
                .andExpect(status().isCreated());

        String hash = store.findByUsername(username).orElseThrow().passwordHash();
        assertThat(hash).startsWith("$2").doesNotContain("new-password-1");
    }

    @Test
    void submitter_account_without_unit_is_refused() throws Exception {
        mvc.perform(post("/api/accounts").with(httpBasic(admin, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newAccount("s-" + UUID.randomUUID().toString().substring(0, 8), "SUBMITTER", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.details[0]").value(containsString("unitId")));
    }

    @Test
    void account_for_an_unregistered_unit_is_refused() throws Exception {
        mvc.perform(post("/api/accounts").with(httpBasic(admin, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newAccount("s-" + UUID.randomUUID().toString().substring(0, 8), "SUBMITTER", "no-such-unit")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("UNIT_NOT_FOUND"));
    }

    @Test
    void taken_username_is_refused() throws Exception {
        mvc.perform(post("/api/accounts").with(httpBasic(admin, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(newAccount(submitter, "REVIEWER", null)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALREADY_EXISTS"));
    }

    @Test
    void short_password_fails_validation() throws Exception {
        mvc.perform(post("/api/accounts").with(httpBasic(admin, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"shorty\",\"password\":\"123\",\"displayName\":\"x\",\"role\":\"REVIEWER\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.details[0]").value(startsWith("password")));
    }

    private static String newAccount(String username, String role, String unitId) {
        return "{\"username\":\"" + username + "\",\"password\":\"new-password-1\",\"displayName\":\"张三\",\"role\":\"" + role + "\""
                + (unitId == null ? "" : ",\"unitId\":\"" + unitId + "\"") + "}";
    }
}
