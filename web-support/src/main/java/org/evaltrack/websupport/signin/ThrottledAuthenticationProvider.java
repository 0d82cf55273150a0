package org.evaltrack.websupport.signin;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Puts the {@link LoginThrottle} around another provider (passwords for form login and Basic, tokens
 * for Bearer): a locked name or address is refused before the credentials are looked at; a bad
 * password counts against the name and the address, a bad token against the address; a success clears the name.
 */
public final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    /**
     * Request attribute: the account name a refused sign-in tried (never its password; a bearer token
     * has no name and never sets it), for the refusal's record on either side.
     */
    public static final String ACCOUNT_TRIED = "evaltrack.accountTried";

    private final AuthenticationProvider delegate;
    private final LoginThrottle throttle;

    public ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        // a bearer token's "principal" is the secret itself: never a name to count (or store) it under
        String username = attempt instanceof BearerTokenAuthenticationToken ? null
                : attempt.getPrincipal() instanceof String name ? name : null;
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        var locked = throttle.lockedFor(username, address);
        if (locked.isPresent()) {
            noteAccountTried(username);
            throw new LoginThrottledException(locked.get());
        }
        try {
            Authentication result = delegate.authenticate(attempt);
            if (result != null) {
                throttle.succeeded(username);
            }
            return result;
        } catch (BadCredentialsException | OAuth2AuthenticationException wrong) {
            throttle.failed(username, address);
            noteAccountTried(username);
            throw wrong;
        } catch (AuthenticationException refused) {
            // a disabled or locked account: refused with the right password, so not counted, but noted
            noteAccountTried(username);
            throw refused;
        }
    }

    /** For the refusal's record ({@link #ACCOUNT_TRIED}): the name only, on the request being refused. */
    private static void noteAccountTried(String username) {
        if (username != null && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current) {
            current.getRequest().setAttribute(ACCOUNT_TRIED, username);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }
}
