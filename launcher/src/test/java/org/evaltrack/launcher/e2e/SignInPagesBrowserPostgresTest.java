package org.evaltrack.launcher.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.evaltrack.testsupport.PostgresTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Sign-in, language, home page per role and sign-out, in a real browser against the demo case on PostgreSQL. */
class SignInPagesBrowserPostgresTest extends BrowserTestBase {

    SignInPagesBrowserPostgresTest(PostgresTestDatabase database) {
        super(database);
    }

    @Test
    void anonymousReaderIsSentToAChineseSignInPageAndLandsOnHomeAfterSigningIn() {
        Browser browser = browser().open("/");

        browser.awaitPath("/login");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(browser.text("h1")).isEqualTo("登录");
        assertThat(browser.text("label[for=username]")).isEqualTo("账号");
        screenshot("login");

        browser.find("#username").sendKeys("dongshan");
        browser.find("#password").sendKeys(PASSWORD);
        browser.find("#sign-in").click();

        browser.awaitPath("/").awaitVisible("#submitter-home");
        assertThat(browser.text("h1")).startsWith("欢迎");
        assertThat(browser.text("#submitter-home h2")).isEqualTo("本单位的考核");
        screenshot("home");
    }

    @Test
    void wrongPasswordIsRefusedWithAMessageInTheChosenLanguage() {
        Browser browser = browser().signIn("dongshan", "not-the-password");

        browser.awaitVisible("#login-error");
        assertThat(browser.text("#login-error")).isEqualTo("账号或密码错误。");
        assertThat(browser.findAll("#submitter-home")).isEmpty();
        screenshot("zh");

        browser.find("#lang-en").click();
        browser.awaitVisible("#login-error");
        assertThat(browser.text("#login-error")).isEqualTo("Wrong account or password.");
        screenshot("en");
    }

    @Test
    void languageSwitchTurnsPagesEnglishAndIsRemembered() {
        Browser browser = browser().signIn("reviewer", PASSWORD).awaitVisible("#reviewer-home");
        assertThat(browser.text("#logout")).isEqualTo("退出登录");

        browser.find("#lang-en").click();
        browser.awaitVisible("#reviewer-home");
        assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
        assertThat(browser.text("#reviewer-home h2")).startsWith("Assessments awaiting review");
        assertThat(browser.text("#logout")).isEqualTo("Sign out");
        screenshot("en");

        browser.open("/").awaitVisible("#reviewer-home");
        assertThat(browser.text("#logout")).as("the choice is kept in a cookie").isEqualTo("Sign out");

        browser.find("#lang-zh").click();
        browser.awaitVisible("#reviewer-home");
        assertThat(browser.text("#logout")).isEqualTo("退出登录");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "office,      #admin-home,     考核方案,       已提交的考核",
            "reviewer,    #reviewer-home,  待审核的考核,   东山侗族乡",
            "dongshan,    #submitter-home, 本单位的考核,   1.2.2 政协工作",
            "tangmiaohua, #leader-home,    您的未销号任务, 期限",
    })
    void eachRoleSeesWhatItHasToDo(String account, String section, String heading, String detail) {
        Browser browser = browser().signIn(account, PASSWORD).awaitVisible(section);

        assertThat(browser.text(section)).contains(heading).contains(detail);
        for (String other : new String[] {"#admin-home", "#reviewer-home", "#submitter-home", "#leader-home"}) {
            if (!other.equals(section)) {
                assertThat(browser.findAll(other)).as(other).isEmpty();
            }
        }
        screenshot("home");
    }

    @Test
    void signingOutEndsTheSession() {
        Browser browser = browser().signIn("office", PASSWORD).awaitVisible("#admin-home");

        browser.find("#logout").click();

        browser.awaitVisible("#login-logout");
        assertThat(browser.text("#login-logout")).isEqualTo("您已退出登录。");
        screenshot("signed-out");
        browser.open("/").awaitPath("/login");
        assertThat(browser.findAll("#admin-home")).isEmpty();
    }

    @Test
    void signingInWorksWithTheKeyboardAlone() {
        Browser browser = browser().open("/login");

        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getAttribute("id")).as("the account field has the focus").isEqualTo("username");
        focused.sendKeys("reviewer");
        focused.sendKeys(Keys.TAB);
        focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getAttribute("id")).isEqualTo("password");
        focused.sendKeys(PASSWORD);
        focused.sendKeys(Keys.TAB);
        focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getAttribute("id")).isEqualTo("sign-in");
        focused.sendKeys(Keys.ENTER);

        browser.awaitVisible("#reviewer-home");
        assertThat(browser.path()).isEqualTo("/");
    }
}
