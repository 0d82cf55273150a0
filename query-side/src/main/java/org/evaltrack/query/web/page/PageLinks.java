package org.evaltrack.query.web.page;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/** Links to the page being shown with some parameters changed, so filters, as-of and language carry over. */
public final class PageLinks {

    private PageLinks() {
    }

    /** Server-relative; pairs of parameter name and value. */
    public static String sameWith(Object... namesAndValues) {
        UriComponentsBuilder uri = ServletUriComponentsBuilder.fromCurrentRequest();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            uri.replaceQueryParam((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        var built = uri.build();
        return built.getQuery() == null ? built.getPath() : built.getPath() + "?" + built.getQuery();
    }
}
