package org.evaltrack.query.web;

import jakarta.servlet.http.HttpServletRequest;

/** Where refused reads (401, 403) are noted. Must never throw: a refusal stays a refusal. */
public interface DeniedRequests {

    void denied(HttpServletRequest request, String code);
}
