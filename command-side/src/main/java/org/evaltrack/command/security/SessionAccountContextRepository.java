package org.evaltrack.command.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;

/**
 * Reads the browser session the query side's pages started (shared through Spring Session in the
 * database): it holds only the account name, under Spring Session's principal-name attribute, and
 * this side loads its own principal for it on every request, so a disabled account is refused at
 * once. Never writes: the command API does not sign anyone in or out, and Basic/Bearer stay stateless.
 */
final class SessionAccountContextRepository implements SecurityContextRepository {

    /** The attribute the query side's page chain writes at sign-in. */
    static final String ACCOUNT = FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME;

    private final UserDetailsService accounts;

    SessionAccountContextRepository(UserDetailsService accounts) {
        this.accounts = accounts;
    }

    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
        HttpSession session = holder.getRequest().getSession(false);
        if (session != null && session.getAttribute(ACCOUNT) instanceof String username) {
            try {
                UserDetails account = accounts.loadUserByUsername(username);
                if (account.isEnabled()) {
                    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
                }
            } catch (UsernameNotFoundException gone) {
                // the account is gone: the session signs nobody in
            }
        }
        return context;
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        // read-only by design
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ACCOUNT) != null;
    }
}
