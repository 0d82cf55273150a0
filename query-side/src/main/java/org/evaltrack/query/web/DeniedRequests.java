package org.evaltrack.query.web;

import jakarta.servlet.http.HttpServletRequest;

/** Where refused reads (401, 403, 429) are noted. Must never throw: a refusal stays a refusal. */
public interface DeniedRequests {

    /**
     * Request attribute: the account name a refused sign-in tried (never its password; a bearer token
     * has no name and never sets it).
     */
    String ACCOUNT_TRIED = org.evaltrack.websupport.signin.ThrottledAuthenticationProvider.ACCOUNT_TRIED;

    void denied(HttpServletRequest request, String code);
}
