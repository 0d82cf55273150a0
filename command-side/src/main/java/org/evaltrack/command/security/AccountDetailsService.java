package org.evaltrack.command.security;

import org.evaltrack.command.account.AccountStore;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads accounts for the command API's own filter chain. Not a bean on purpose: a
 * UserDetailsService bean would be picked up by Spring Boot's global authentication and would
 * collide with the one the query side declares.
 */
final class AccountDetailsService implements UserDetailsService {

    private final AccountStore accounts;

    AccountDetailsService(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username)
                .map(AccountPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown account"));
    }
}
