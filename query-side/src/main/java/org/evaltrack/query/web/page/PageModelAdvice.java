package org.evaltrack.query.web.page;

import org.evaltrack.query.security.QueryUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/** What the layout needs on every page: the same address in the other language, and who is signed in. */
@ControllerAdvice(annotations = WebPage.class)
class PageModelAdvice {

    @ModelAttribute("languageLinks")
    LanguageLinks languageLinks() {
        return new LanguageLinks(sameAddressIn(LanguageSwitch.CHINESE), sameAddressIn(LanguageSwitch.ENGLISH));
    }

    @ModelAttribute("account")
    QueryUser account(@AuthenticationPrincipal QueryUser account) {
        return account;
    }

    /** Server-relative and keeping the page's other parameters (a login error too): the switch lands where it was pressed. */
    private static String sameAddressIn(String language) {
        UriComponents uri = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam(LanguageSwitch.PARAMETER, language)
                .build();
        return uri.getPath() + "?" + uri.getQuery();
    }

    record LanguageLinks(String chinese, String english) {
    }
}
