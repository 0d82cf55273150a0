package org.evaltrack.query.web.page;

import org.evaltrack.websupport.ErrorPagePath;
import org.springframework.stereotype.Component;

/** Tells web-support's error handler that failed page addresses are shown by {@link ErrorPageController}. */
@Component
class PageErrorPath implements ErrorPagePath {

    @Override
    public String path() {
        return ErrorPageController.PATH;
    }
}
