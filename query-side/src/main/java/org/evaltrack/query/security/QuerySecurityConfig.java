package org.evaltrack.query.security;

import org.evaltrack.kernel.error.ErrorCode;
import org.evaltrack.query.web.QueryProblems;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Reads (GET/HEAD under /api/**) are the query side's: HTTP Basic against the account table,
 * stateless. So is projection administration under {@value #PROJECTIONS}, for every method and
 * for ADMIN only (the command side's chain leaves that path alone). The command side guards the other methods with its own chain in the same context,
 * so everything here is named and wired explicitly, never as a global default.
 */
@Configuration(proxyBeanMethods = false)
public class QuerySecurityConfig {

    /** Rebuilds and dead letters: query-side state, changed by POST, never a command. */
    public static final String PROJECTIONS = "/api/projections/**";
    /** Who was refused what: for the performance office only. */
    public static final String ACCESS_DENIALS = "/api/access-denials/**";

    @Bean
    AccountUserDetailsService queryUserDetailsService(JdbcTemplate jdbcTemplate) {
        return new AccountUserDetailsService(jdbcTemplate);
    }

    @Bean
    @Order(10)
    SecurityFilterChain querySecurityFilterChain(HttpSecurity http, AccountUserDetailsService queryUserDetailsService,
                                                 QueryProblems problems) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(queryUserDetailsService);
        provider.setPasswordEncoder(passwordEncoder());
        http.securityMatcher(new OrRequestMatcher(paths.matcher(HttpMethod.GET, "/api/**"), paths.matcher(HttpMethod.HEAD, "/api/**"),
                        paths.matcher(PROJECTIONS)))
                // A manager of its own without a parent: a failed login here never falls through to another user store.
                .authenticationManager(new ProviderManager(provider))
                .userDetailsService(queryUserDetailsService)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(paths.matcher(PROJECTIONS)).hasRole("ADMIN")
                        .requestMatchers(paths.matcher(ACCESS_DENIALS)).hasRole("ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"evaltrack\"");
                    problems.write(request, response, HttpStatus.UNAUTHORIZED, QueryProblems.UNAUTHENTICATED);
                }))
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, e) ->
                        problems.write(request, response, HttpStatus.FORBIDDEN, ErrorCode.FORBIDDEN.name())))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // HTTP Basic only, no session or cookie a browser could replay: nothing for CSRF to protect, POSTs included
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    /** Hashes stored with or without an {id} prefix are accepted; bare ones are BCrypt, as AccountRegistration writes them. */
    static PasswordEncoder passwordEncoder() {
        DelegatingPasswordEncoder encoder = (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
        encoder.setDefaultPasswordEncoderForMatches(new BCryptPasswordEncoder());
        return encoder;
    }
}
