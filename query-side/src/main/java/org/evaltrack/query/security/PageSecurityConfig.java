package org.evaltrack.query.security;

import org.evaltrack.websupport.signin.LoginThrottle;
import org.evaltrack.websupport.signin.LoginThrottledException;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.evaltrack.query.web.QueryProblems;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The browser's chain: every page (anything that is not the JSON API, its documentation or the
 * error dispatch), form login at {@value #LOGIN}, a session cookie, CSRF tokens on every form.
 * After the API chains (order {@value #ORDER}), which claim /api/** first.
 */
@Configuration(proxyBeanMethods = false)
public class PageSecurityConfig {

    public static final int ORDER = 50;
    public static final String LOGIN = "/login";
    public static final String LOGOUT = "/logout";
    /** Where a throttled sign-in is forwarded (not /login itself, whose POST the form login filter would take again). */
    public static final String LOGIN_THROTTLED = "/login/throttled";

    @Bean
    @Order(ORDER)
    SecurityFilterChain pageSecurityFilterChain(HttpSecurity http, AccountUserDetailsService queryUserDetailsService,
                                                LoginThrottle queryLoginThrottle, QueryProblems problems) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        AuthenticationProvider provider = QuerySecurityConfig.passwords(queryUserDetailsService, queryLoginThrottle);
        RequestMatcher notPages = new OrRequestMatcher(paths.matcher("/api/**"), paths.matcher("/error"),
                paths.matcher("/swagger-ui.html"), paths.matcher("/swagger-ui/**"), paths.matcher("/v3/api-docs/**"));
        http.securityMatcher(new NegatedRequestMatcher(notPages))
                .authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(paths.matcher(LOGIN), paths.matcher(LOGIN_THROTTLED), paths.matcher("/css/**"), paths.matcher("/js/**"),
                                paths.matcher("/webjars/**"), paths.matcher("/favicon.ico"), paths.matcher("/favicon.svg"),
                                paths.matcher("/page-error")).permitAll()
                        // the dashboard compares every unit: the performance office only
                        .requestMatchers(paths.matcher("/dashboard"), paths.matcher("/dashboard/**")).hasAnyRole("ADMIN", "REVIEWER")
                        // units, accounts, schemes, assessments and tasks are set up by the performance office alone
                        .requestMatchers(paths.matcher("/setup"), paths.matcher("/setup/**")).hasRole("ADMIN")
                        .requestMatchers(paths.matcher("/review"), paths.matcher("/review/**")).hasAnyRole("REVIEWER", "ADMIN")
                        // importing writes: the office (schemes, any unit's claims) and a unit's submitter (its claims)
                        .requestMatchers(paths.matcher("/imports"), paths.matcher("/imports/**")).hasAnyRole("ADMIN", "SUBMITTER")
                        // an assessment's trail is for everyone who may see the unit (leaders too); the page checks the unit
                        .requestMatchers(paths.matcher("/assessments/*/trail")).authenticated()
                        .requestMatchers(paths.matcher("/assessments/**")).hasAnyRole("SUBMITTER", "REVIEWER", "ADMIN")
                        .anyRequest().authenticated())
                .securityContext(context -> context.securityContextRepository(new SessionAccountRepository(queryUserDetailsService, true)))
                // a new session id at sign-in, so an id planted before it is worth nothing after
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .formLogin(form -> form.loginPage(LOGIN).defaultSuccessUrl("/", false).failureHandler(new PageLoginFailure(problems)))
                .logout(logout -> logout.logoutUrl(LOGOUT).logoutSuccessUrl(LOGIN + "?logout").invalidateHttpSession(true))
                // a form from an expired session: sign in again rather than a bare 403
                .exceptionHandling(handling -> handling.accessDeniedHandler((request, response, e) -> {
                    if (e instanceof CsrfException) {
                        response.sendRedirect(request.getContextPath() + LOGIN + "?expired");
                    } else {
                        response.sendError(HttpServletResponse.SC_FORBIDDEN);
                    }
                }));
        return http.build();
    }
}
