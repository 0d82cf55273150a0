package org.evaltrack.query.security;

import org.evaltrack.websupport.signin.SignInAutoConfiguration;
import org.evaltrack.websupport.signin.SignInCache;
import org.springframework.context.annotation.Bean;

import org.axonframework.queryhandling.QueryGateway;
import org.evaltrack.kernel.assessment.AssessmentId;
import org.evaltrack.kernel.scheme.SchemeId;
import org.evaltrack.kernel.unit.UnitId;
import org.evaltrack.query.web.QueryProblemAdvice;
import org.evaltrack.query.web.QueryProblems;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The frame every query-side endpoint test shares: the real security chain and problem answers over MockMvc,
 * an account table shaped like the command side's (its migration is not on this module's path) and a mocked
 * query gateway. A subclass names its controller and its own in-memory database, then adds the accounts it needs.
 */
public abstract class EndpointTestSupport {

    /** Security, problem answers and a JDBC data source for the accounts; a test adds its controller beside it. */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, JdbcTemplateAutoConfiguration.class, SignInAutoConfiguration.class})
    @Import({QuerySecurityConfig.class, QueryProblems.class, QueryProblemAdvice.class})
    public static class Web {

        /** Each test writes its own accounts with a fresh password hash: nothing is kept from one to the next. */
        @Bean
        SignInCache signInCache() {
            return new SignInCache(java.time.Duration.ZERO);
        }
    }

    protected static final UnitId DONGSHAN = UnitId.of("unit-dongshan");
    protected static final UnitId CHANGPU = UnitId.of("unit-changpu");
    protected static final AssessmentId DONGSHAN_2019 = AssessmentId.of("assessment-dongshan");
    protected static final AssessmentId CHANGPU_2019 = AssessmentId.of("assessment-changpu");
    protected static final SchemeId SCHEME = SchemeId.of("scheme-2019");
    protected static final String PASSWORD = "demo12345";

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected JdbcTemplate jdbc;
    @MockitoBean
    protected QueryGateway queryGateway;

    /** The BCrypt hash of {@link #PASSWORD}, made afresh for each test. */
    protected String passwordHash;

    @BeforeEach
    final void emptyAccountTable() {
        jdbc.execute("create table if not exists account (user_id varchar(64) primary key, username varchar(64) not null unique,"
                + " password_hash varchar(100) not null, display_name varchar(200) not null, role varchar(16) not null,"
                + " unit_id varchar(64), enabled boolean not null)");
        jdbc.update("delete from account");
        passwordHash = new BCryptPasswordEncoder().encode(PASSWORD);
    }

    /** The submitter and leader of 东山侗族乡, a reviewer and the county office, all with {@link #PASSWORD}. */
    protected void standardAccounts() {
        account("user-1", "dongshan", "黄淑芬", "SUBMITTER", "unit-dongshan");
        account("user-2", "tangmiaohua", "唐淼华", "LEADER", "unit-dongshan");
        account("user-3", "reviewer", "县绩效办审核员", "REVIEWER", null);
        account("user-4", "office", "县绩效办", "ADMIN", null);
    }

    /** An enabled account whose password is {@link #PASSWORD}. */
    protected void account(String userId, String username, String displayName, String role, String unitId) {
        storedAccount(userId, username, passwordHash, displayName, role, unitId, true);
    }

    protected void storedAccount(String userId, String username, String storedHash, String displayName, String role,
            String unitId, boolean enabled) {
        jdbc.update("insert into account values (?, ?, ?, ?, ?, ?, ?)", userId, username, storedHash, displayName, role, unitId,
                enabled);
    }
}
