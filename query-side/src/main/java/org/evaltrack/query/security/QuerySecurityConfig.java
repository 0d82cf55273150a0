package org.evaltrack.query.security;

import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.query.web.QueryProblems;
import org.evaltrack.websupport.database.DatabaseFailures;
import org.evaltrack.websupport.database.DatabaseUnavailableFilter;
import org.evaltrack.websupport.signin.LoginThrottle;
import org.evaltrack.websupport.signin.LoginThrottledException;
import org.evaltrack.websupport.signin.SignInCache;
import org.evaltrack.websupport.signin.ThrottledAuthenticationProvider;
import org.evaltrack.websupport.signin.TokenOwners;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Reads (GET/HEAD under /api/**) are the query side's: HTTP Basic against the account table, or
 * the browser's session from the pages (read, never created here). So is projection administration under {@value #PROJECTIONS}, for every method and
 * for ADMIN only (the command side's chain leaves that path alone). The command side guards the other methods with its own chain in the same context,
 * so everything here is named and wired explicitly, never as a global default.
 */
@Configuration(proxyBeanMethods = false)
public class QuerySecurityConfig {

    /** Rebuilds and dead letters: query-side state, changed by POST, never a command. */
    public static final String PROJECTIONS = "/api/projections/**";
    /** Who was refused what: for the performance office only. */
    public static final String ACCESS_DENIALS = "/api/access-denials/**";
    /** Who has an account, in which role and unit: for the performance office only. */
    public static final String ACCOUNTS = "/api/accounts/**";

    @Bean
    AccountUserDetailsService queryUserDetailsService(JdbcTemplate jdbcTemplate, SignInCache signInCache) {
        return new AccountUserDetailsService(jdbcTemplate, signInCache);
    }

    /** Passwords from the account table, behind the throttle. */
    static AuthenticationProvider passwords(AccountUserDetailsService accounts, LoginThrottle throttle) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwordEncoder());
        return new ThrottledAuthenticationProvider(provider, throttle);
    }

    @Bean
    @Order(10)
    SecurityFilterChain querySecurityFilterChain(HttpSecurity http, AccountUserDetailsService queryUserDetailsService,
                                                 QueryProblems problems, LoginThrottle queryLoginThrottle,
                                                 TokenOwners tokenOwners) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        AuthenticationProvider provider = passwords(queryUserDetailsService, queryLoginThrottle);
        AuthenticationEntryPoint signInRefused = (request, response, e) -> {
            if (e instanceof LoginThrottledException throttled) {
                response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
                problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, QueryProblems.LOGIN_THROTTLED);
                return;
            }
            if (DatabaseFailures.isUnavailable(e)) {
                // the account could not be looked up: the credentials may well be right
                problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE, QueryProblems.DATABASE_UNAVAILABLE);
                return;
            }
            response.setHeader("WWW-Authenticate", "Basic realm=\"evaltrack\"");
            problems.write(request, response, HttpStatus.UNAUTHORIZED, QueryProblems.UNAUTHENTICATED);
        };
        AccessDeniedHandler denied = (request, response, e) -> problems.write(request, response, HttpStatus.FORBIDDEN,
                e instanceof CsrfException ? QueryProblems.CSRF_TOKEN_INVALID : ErrorCode.FORBIDDEN.name());
        http.securityMatcher(new OrRequestMatcher(paths.matcher(HttpMethod.GET, "/api/**"), paths.matcher(HttpMethod.HEAD, "/api/**"),
                        paths.matcher(PROJECTIONS)))
                // A manager of its own without a parent: a failed login here never falls through to another user store.
                .authenticationManager(new ProviderManager(provider))
                .userDetailsService(queryUserDetailsService)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(paths.matcher(PROJECTIONS)).hasRole("ADMIN")
                        .requestMatchers(paths.matcher(ACCESS_DENIALS)).hasRole("ADMIN")
                        .requestMatchers(paths.matcher(ACCOUNTS)).hasRole("ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(signInRefused))
                // personal tokens for scripts (Authorization: Bearer), throttled per address like passwords
                .oauth2ResourceServer(bearer -> bearer
                        .authenticationEntryPoint(signInRefused)
                        .accessDeniedHandler(denied)
                        .opaqueToken(opaque -> opaque.authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(
                                PersonalTokenSignIn.provider(tokenOwners, queryUserDetailsService),
                                queryLoginThrottle)))))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(signInRefused).accessDeniedHandler(denied))
                // the pages' session (signed in at /login) is honoured, never started here: Basic stays stateless
                .securityContext(context -> context.securityContextRepository(new SessionAccountRepository(queryUserDetailsService, false)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                // the session cookie is an ambient credential: a POST it signs in needs the page's token
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SessionCsrf.REQUIRED))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new DatabaseUnavailableFilter((request, response) -> problems.write(request, response,
                        HttpStatus.SERVICE_UNAVAILABLE, QueryProblems.DATABASE_UNAVAILABLE)), DisableEncodeUrlFilter.class);
        return http.build();
    }

    /** Hashes stored with or without an {id} prefix are accepted; bare ones are BCrypt, as AccountRegistration writes them. */
    static PasswordEncoder passwordEncoder() {
        DelegatingPasswordEncoder encoder = (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
        encoder.setDefaultPasswordEncoderForMatches(new BCryptPasswordEncoder());
        return encoder;
    }
}
