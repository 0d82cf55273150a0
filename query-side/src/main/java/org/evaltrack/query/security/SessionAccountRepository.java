package org.evaltrack.query.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;

/**
 * Keeps a signed-in browser in its session by account name only (Spring Session's principal-name
 * attribute), never as a serialized principal: the session lives in the shared database, and the
 * command side, which has its own principal type, must read the same session. Each request loads
 * the account afresh, so a disabled account is signed out everywhere at once.
 * <p>
 * The page chain saves (sign-in, sign-out); the API chains only read ({@code saves = false}).
 */
public final class SessionAccountRepository implements SecurityContextRepository {

    /** The same attribute name on both sides; it also fills Spring Session's principal index. */
    public static final String ACCOUNT = FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME;

    private final UserDetailsService accounts;
    private final boolean saves;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    public SessionAccountRepository(UserDetailsService accounts, boolean saves) {
        this.accounts = accounts;
        this.saves = saves;
    }

    /** Spring Security calls this lazily (its default deferred loading), so requests that never ask pay nothing. */
    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return load(holder.getRequest());
    }

    private SecurityContext load(HttpServletRequest request) {
        SecurityContext context = contexts.createEmptyContext();
        HttpSession session = request.getSession(false);
        Object name = session == null ? null : session.getAttribute(ACCOUNT);
        if (name instanceof String username) {
            try {
                UserDetails account = accounts.loadUserByUsername(username);
                if (account.isEnabled()) {
                    context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
                }
            } catch (UsernameNotFoundException gone) {
                // the account was removed: the session no longer signs anyone in
            }
        }
        return context;
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        if (!saves) {
            return;
        }
        Authentication authentication = context.getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(ACCOUNT);
            }
            return;
        }
        request.getSession(true).setAttribute(ACCOUNT, authentication.getName());
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ACCOUNT) != null;
    }
}
