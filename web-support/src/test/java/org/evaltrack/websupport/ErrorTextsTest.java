package org.evaltrack.websupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorTextsTest {

    private final ErrorTexts texts = new ErrorTexts();

    @Test
    void bothLanguagesSayTheSameThingsAndChineseIsChinese() throws IOException {
        Properties english = load("i18n/web-support-messages");
        Properties chinese = load("i18n/web-support-messages_zh_CN");

        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(chinese.stringPropertyNames()).allSatisfy(key -> assertThat(chinese.getProperty(key).codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)).as(key).isTrue());
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 401, 403, 404, 405, 406, 408, 413, 414, 415, 429, 431, 500, 501, 503})
    void everyStatusWithACodeHasItsOwnTexts(int status) {
        ErrorAnswer english = texts.answer(status, Locale.ENGLISH);
        ErrorAnswer chinese = texts.answer(status, Locale.SIMPLIFIED_CHINESE);

        assertThat(english.title()).isNotEqualTo(texts.answer(status >= 500 ? 599 : 499, Locale.ENGLISH).title());
        assertThat(chinese.title()).isNotBlank().isNotEqualTo(english.title());
        assertThat(english.code()).matches("[A-Z_]+");
    }

    @Test
    void anyOtherLanguageIsAnsweredInChineseAndOtherStatusesByTheirFamily() {
        assertThat(texts.answer(418, Locale.GERMAN).title()).isEqualTo("请求被拒绝");
        assertThat(texts.answer(418, Locale.GERMAN).code()).isEqualTo("MALFORMED_REQUEST");
        assertThat(texts.answer(502, Locale.ENGLISH).title()).isEqualTo("Server error");
    }

    @Test
    void thePageEscapesWhatItShows() {
        ErrorAnswer answer = new ErrorAnswer(400, "MALFORMED_REQUEST", "<b>", "a & b", Locale.ENGLISH);

        assertThat(answer.html()).contains("&lt;b&gt;").contains("a &amp; b").doesNotContain("<b>");
    }

    @Test
    void onlyApiPathsAreApiPaths() {
        assertThat(ErrorTexts.isApi("/api")).isTrue();
        assertThat(ErrorTexts.isApi("/api/assessments")).isTrue();
        assertThat(ErrorTexts.isApi("/apiary")).isFalse();
        assertThat(ErrorTexts.isApi("/ledger")).isFalse();
        assertThat(ProblemErrorReportValve.wantsProblem(null, null)).isTrue();
        assertThat(ProblemErrorReportValve.wantsProblem("", "text/html,application/xhtml+xml")).isFalse();
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = ErrorTextsTest.class.getResourceAsStream("/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        }
    }
}
