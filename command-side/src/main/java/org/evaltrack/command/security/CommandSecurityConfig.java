package org.evaltrack.command.security;

import org.evaltrack.command.account.AccountPasswords;
import org.evaltrack.command.account.AccountStore;
import org.evaltrack.command.web.CommandRequests;
import org.evaltrack.command.web.ProblemSpec;
import org.evaltrack.command.web.WebErrorCode;
import org.evaltrack.websupport.database.DatabaseUnavailableFilter;
import org.evaltrack.command.web.ProblemFactory;
import org.evaltrack.websupport.signin.LoginThrottle;
import org.evaltrack.websupport.signin.SignInCache;
import org.evaltrack.websupport.signin.ThrottledAuthenticationProvider;
import org.evaltrack.websupport.signin.TokenOwners;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.session.DisableEncodeUrlFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Security for the command API: every state-changing request under /api/**. GET, HEAD and
 * OPTIONS belong to the query side's chain, which lives in the same context when both sides run
 * in one JVM; so this chain names its own authentication manager instead of relying on the global
 * one, and its beans carry command-specific names.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class CommandSecurityConfig {

    /** Before any catch-all chain the query side may add (which must use a larger order). */
    public static final int CHAIN_ORDER = 10;

    @Bean
    @Order(CHAIN_ORDER)
    public SecurityFilterChain commandApiSecurityFilterChain(
            HttpSecurity http, AccountStore accounts, AccountPasswords passwords, ProblemFactory problems,
            ObjectProvider<AfterAuthorizationFilter> afterAuthorization, LoginThrottle commandLoginThrottle,
            TokenOwners tokenOwners, SignInCache signInCache)
            throws Exception {
        AccountDetailsService accountDetails = new AccountDetailsService(accounts, signInCache);
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accountDetails);
        provider.setPasswordEncoder(passwords.encoder());
        ProviderManager authenticationManager = new ProviderManager(new ThrottledAuthenticationProvider(provider, commandLoginThrottle));
        ProblemSecurityHandlers problemHandlers = new ProblemSecurityHandlers(problems);
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();

        http.securityMatcher(CommandRequests.matcher())
                .authenticationManager(authenticationManager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(paths.matcher(HttpMethod.POST, "/api/accounts")).hasRole("ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic
                        .realmName(ProblemSecurityHandlers.REALM)
                        .authenticationEntryPoint(problemHandlers))
                // personal tokens for scripts (Authorization: Bearer), throttled per address like passwords
                .oauth2ResourceServer(bearer -> bearer
                        .authenticationEntryPoint(problemHandlers)
                        .accessDeniedHandler(problemHandlers)
                        .opaqueToken(opaque -> opaque.authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(
                                PersonalTokenSignIn.provider(tokenOwners, accountDetails), commandLoginThrottle)))))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problemHandlers)
                        .accessDeniedHandler(problemHandlers))
                // the browser's session from the pages is honoured, never started here: Basic stays stateless
                .securityContext(context -> context.securityContextRepository(
                        new SessionAccountContextRepository(accountDetails)))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                // the session cookie is an ambient credential: a command it signs in needs the page's token
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SessionCsrf::required))
                .requestCache(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable);
        http.addFilterBefore(new DatabaseUnavailableFilter(
                (request, response) -> problems.write(ProblemSpec.of(WebErrorCode.DATABASE_UNAVAILABLE), request, response)), DisableEncodeUrlFilter.class);
        afterAuthorization.orderedStream().forEach(each -> http.addFilterAfter(each.filter(), AuthorizationFilter.class));
        return http.build();
    }

}
