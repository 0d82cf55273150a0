package org.evaltrack.query.web.page;

import jakarta.servlet.http.HttpServletRequest;

import org.evaltrack.query.security.PageLoginFailure;
import org.evaltrack.query.security.PageSecurityConfig;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * The sign-in form. Spring Security's form login takes the POST; a throttled attempt is forwarded
 * to {@value PageSecurityConfig#LOGIN_THROTTLED} (status 429 already set) to show the form again with how long to wait.
 */
@WebPage
class LoginController {

    @GetMapping(PageSecurityConfig.LOGIN)
    String login() {
        return "login";
    }

    @RequestMapping(path = PageSecurityConfig.LOGIN_THROTTLED, method = {RequestMethod.GET, RequestMethod.POST})
    String throttled(HttpServletRequest request, Model model) {
        model.addAttribute("throttledMinutes", request.getAttribute(PageLoginFailure.THROTTLED_MINUTES));
        return "login";
    }
}
