package org.evaltrack.query.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
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

    @Bean
    @Order(ORDER)
    SecurityFilterChain pageSecurityFilterChain(HttpSecurity http, AccountUserDetailsService queryUserDetailsService) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(queryUserDetailsService);
        provider.setPasswordEncoder(QuerySecurityConfig.passwordEncoder());
        RequestMatcher notPages = new OrRequestMatcher(paths.matcher("/api/**"), paths.matcher("/error"),
                paths.matcher("/swagger-ui.html"), paths.matcher("/swagger-ui/**"), paths.matcher("/v3/api-docs/**"));
        http.securityMatcher(new NegatedRequestMatcher(notPages))
                .authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(paths.matcher(LOGIN), paths.matcher("/css/**"), paths.matcher("/js/**"),
                                paths.matcher("/webjars/**"), paths.matcher("/favicon.ico")).permitAll()
                        .requestMatchers(paths.matcher("/review"), paths.matcher("/review/**")).hasAnyRole("REVIEWER", "ADMIN")
                        .requestMatchers(paths.matcher("/assessments/**")).hasAnyRole("SUBMITTER", "REVIEWER", "ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(LOGIN).defaultSuccessUrl("/", false).failureUrl(LOGIN + "?error"))
                .logout(logout -> logout.logoutUrl(LOGOUT).logoutSuccessUrl(LOGIN + "?logout"));
        return http.build();
    }
}
