package org.evaltrack.query.access;

import java.util.List;

/** A page of refusals, newest first, with the number of all that match. */
public record AccessDenialPage(int page, int size, long total, List<AccessDenialView> items) {
}
