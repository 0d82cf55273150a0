package org.evaltrack.kernel.query.admin;

/**
 * One page of the refused requests of both sides, newest first, as {@code GET /api/access-denials} lists them;
 * answered with {@link AccessDenials}.
 *
 * @param page from 0
 * @param size rows per page, 1 to 500
 */
public record ListAccessDenials(int page, int size) {

    /** The most rows one page holds, for the page and the JSON API alike. */
    public static final int MAX_SIZE = 500;

    public ListAccessDenials {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page must be >= 0 and size between 1 and " + MAX_SIZE);
        }
    }
}
