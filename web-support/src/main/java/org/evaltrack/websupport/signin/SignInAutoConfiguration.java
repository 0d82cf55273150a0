package org.evaltrack.websupport.signin;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.session.SessionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.jdbc.config.annotation.web.http.JdbcHttpSessionConfiguration;
import org.springframework.transaction.support.TransactionOperations;

/**
 * One sign-in cache, one throttle and one token lookup for whichever sides run in this application,
 * so that a change made through one side is forgotten by both at once.
 */
@AutoConfiguration(after = {JdbcTemplateAutoConfiguration.class, SessionAutoConfiguration.class})
@ConditionalOnClass(AuthenticationProvider.class)
@ConditionalOnBean(JdbcTemplate.class)
public class SignInAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    SignInCache signInCache(@Value("${" + SignInCache.BOUND_PROPERTY + ":" + SignInCache.DEFAULT_BOUND + "}") Duration bound) {
        return new SignInCache(bound);
    }

    /** Failed sign-ins counted in the shared table (docs/sign-in.md, "Sign-in throttling"). */
    @Bean
    @ConditionalOnMissingBean
    LoginThrottle loginThrottle(JdbcTemplate jdbcTemplate, SignInCache signInCache,
                                @Value("${evaltrack.login-throttle.max-failures-per-account:5}") int perAccount,
                                @Value("${evaltrack.login-throttle.max-failures-per-address:20}") int perAddress,
                                @Value("${evaltrack.login-throttle.window:PT15M}") Duration window,
                                @Value("${evaltrack.login-throttle.lock:PT15M}") Duration lock) {
        return new LoginThrottle(jdbcTemplate, Clock.systemUTC(), new LoginThrottle.Settings(perAccount, perAddress, window, lock),
                signInCache);
    }

    /**
     * A browser session's reads and writes each go to the database on their own, without a
     * transaction around them: a signed-in request otherwise paid BEGIN and COMMIT twice.
     */
    @Bean
    @ConditionalOnClass(JdbcHttpSessionConfiguration.class)
    static BeanPostProcessor sessionsWithoutTransactions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof JdbcHttpSessionConfiguration sessions) {
                    sessions.setTransactionOperations(TransactionOperations.withoutTransaction());
                }
                return bean;
            }
        };
    }

    /** The sessions' store as every request sees it: last access written once a minute at most. */
    @Bean
    @Primary
    @ConditionalOnBean(JdbcIndexedSessionRepository.class)
    SparseLastAccessSessions sparseLastAccessSessions(JdbcIndexedSessionRepository sessionRepository) {
        return new SparseLastAccessSessions(sessionRepository);
    }

    @Bean
    @ConditionalOnMissingBean
    TokenOwners tokenOwners(JdbcTemplate jdbcTemplate, SignInCache signInCache) {
        return new TokenOwners(jdbcTemplate, signInCache, Clock.systemUTC());
    }
}
