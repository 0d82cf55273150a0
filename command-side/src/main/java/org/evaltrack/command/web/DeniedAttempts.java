package org.evaltrack.command.web;

import jakarta.servlet.http.HttpServletRequest;

/** Where refused requests (401, 403, 429) are noted. Must never throw: a refusal stays a refusal. */
public interface DeniedAttempts {

    /**
     * Request attribute: the account name a refused sign-in tried (never its password; a bearer token
     * has no name and never sets it).
     */
    String ACCOUNT_TRIED = org.evaltrack.websupport.signin.ThrottledAuthenticationProvider.ACCOUNT_TRIED;

    void denied(HttpServletRequest request, String code);
}
