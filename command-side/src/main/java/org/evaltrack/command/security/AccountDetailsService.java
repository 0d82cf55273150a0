package org.evaltrack.command.security;

import org.evaltrack.command.account.AccountRecord;
import org.evaltrack.command.account.AccountStore;
import org.evaltrack.websupport.signin.SignInCache;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads accounts for the command API's own filter chain. Not a bean on purpose: a
 * UserDetailsService bean would be picked up by Spring Boot's global authentication and would
 * collide with the one the query side declares. The account's row is kept in the {@link SignInCache};
 * each sign-in gets a principal of its own, since Spring Security erases its password afterwards.
 */
final class AccountDetailsService implements UserDetailsService {

    private record Key(String username) {
    }

    private final AccountStore accounts;
    private final SignInCache cache;

    AccountDetailsService(AccountStore accounts, SignInCache cache) {
        this.accounts = accounts;
        this.cache = cache;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AccountRecord account = cache.get(new Key(username), () -> accounts.findByUsername(username).orElse(null));
        if (account == null) {
            throw new UsernameNotFoundException("unknown account");
        }
        return new AccountPrincipal(account);
    }
}
