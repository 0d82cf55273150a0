package org.evaltrack.command.web;

import jakarta.servlet.http.HttpServletRequest;

/** Where refused requests (401, 403) are noted. Must never throw: a refusal stays a refusal. */
public interface DeniedAttempts {

    void denied(HttpServletRequest request, String code);
}
