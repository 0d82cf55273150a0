package org.evaltrack.query.web.page;

import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in form; Spring Security's form login takes the POST. */
@WebPage
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
