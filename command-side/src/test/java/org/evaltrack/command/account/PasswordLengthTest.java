package org.evaltrack.command.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.evaltrack.kernel.actor.Role;
import org.evaltrack.kernel.actor.UserId;
import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.websupport.CommandWebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Passwords are limited by bytes (BCrypt reads 72 of UTF-8): beyond that a clear 400, never BCrypt's 500. */
@CommandWebTest
class PasswordLengthTest {

    /** 24 Chinese characters: 72 bytes of UTF-8, the most BCrypt reads. */
    private static final String LONGEST_CJK = "密".repeat(24);

    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountPasswords passwords;
    @Autowired
    JdbcTemplate jdbc;

    private String admin;
    private String adminPassword;

    @BeforeEach
    void anAdministrator() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        admin = "admin-" + suffix;
        adminPassword = "admin-Pw-" + suffix;
        accounts.registerIfAbsent(new UserId("a-" + suffix), admin, adminPassword, "管理员", Role.ADMIN, null);
    }

    @Test
    void twentyFiveChineseCharactersAre400InChineseAndStoreNothing() throws Exception {
        String name = "cjk-" + UUID.randomUUID().toString().substring(0, 8);

        create(name, "密".repeat(25), "zh-CN")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("PASSWORD_TOO_LONG"))
                .andExpect(jsonPath("$.title").value("密码过长"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("24 个汉字")))
                .andExpect(jsonPath("$.details[0]").value("password: 75 bytes, at most 72"));

        assertThat(accountsNamed(name)).isZero();
    }

    @Test
    void seventyThreeLettersAre400InEnglish() throws Exception {
        String name = "ascii-" + UUID.randomUUID().toString().substring(0, 8);

        create(name, "p".repeat(73), "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("PASSWORD_TOO_LONG"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("at most 72 bytes")));

        assertThat(accountsNamed(name)).isZero();
    }

    @Test
    void seventyTwoBytesOfChineseAreAcceptedAndSignIn() throws Exception {
        String name = "longest-" + UUID.randomUUID().toString().substring(0, 8);

        create(name, LONGEST_CJK, "en").andExpect(status().isCreated());

        assertThat(accountsNamed(name)).isOne();
        mvc.perform(post("/api/probe/actor").with(httpBasic(name, LONGEST_CJK)))
                .andExpect(status().isOk());
    }

    @Test
    void everyPasswordSetThroughTheServiceIsJudgedTheSameWay() {
        assertThatThrownBy(() -> accounts.registerIfAbsent(new UserId("u-seed-" + UUID.randomUUID()), "seed",
                "密".repeat(25), "种子", Role.REVIEWER, null))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo(ErrorCode.PASSWORD_TOO_LONG));
        assertThatThrownBy(() -> passwords.hash("🔑".repeat(19)))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.code()).isEqualTo(ErrorCode.PASSWORD_TOO_LONG));
        assertThat(passwords.hash("🔑".repeat(18))).startsWith("$2");
    }

    private ResultActions create(String username, String password, String language) throws Exception {
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + password
                + "\",\"displayName\":\"新用户\",\"role\":\"REVIEWER\"}";
        return mvc.perform(post("/api/accounts").with(httpBasic(admin, adminPassword)).header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private int accountsNamed(String username) {
        return jdbc.queryForObject("select count(*) from account where username = ?", Integer.class, username);
    }
}
