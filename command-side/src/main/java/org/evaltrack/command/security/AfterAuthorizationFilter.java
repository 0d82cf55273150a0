package org.evaltrack.command.security;

import jakarta.servlet.Filter;

/**
 * A filter the command chain runs right after authorization, so it sees a known caller and never a refused
 * request. Features contribute these as beans; the chain runs them without knowing what they do.
 */
@FunctionalInterface
public interface AfterAuthorizationFilter {

    Filter filter();
}
