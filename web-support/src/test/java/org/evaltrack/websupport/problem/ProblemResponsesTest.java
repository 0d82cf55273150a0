package org.evaltrack.websupport.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ProblemResponsesTest {

    @Test
    void aProblemCarriesItsTypeLanguageAndBody() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        byte[] body = "{\"code\":\"OTHER_UNIT\"}".getBytes(StandardCharsets.UTF_8);

        ProblemResponses.write(response, 403, Locale.ENGLISH, body);

        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getCharacterEncoding()).isEqualTo("UTF-8");
        assertThat(response.getHeader("Content-Language")).isEqualTo("en");
        assertThat(response.getHeader("Retry-After")).isNull();
        assertThat(response.getContentLength()).isEqualTo(body.length);
        assertThat(response.getContentAsByteArray()).isEqualTo(body);
    }

    @Test
    void aDatabaseOutageSaysWhenToRetry() {
        MockHttpServletResponse response = new MockHttpServletResponse();

        ProblemResponses.prepare(response, 503, Locale.SIMPLIFIED_CHINESE);

        assertThat(response.getHeader("Retry-After")).isNotBlank();
        assertThat(response.getHeader("Content-Language")).isEqualTo("zh-CN");
    }

    @Test
    void onlyUnauthorisedForbiddenAndThrottledAreDenials() {
        assertThat(ProblemResponses.isDenial(401)).isTrue();
        assertThat(ProblemResponses.isDenial(403)).isTrue();
        assertThat(ProblemResponses.isDenial(429)).isTrue();
        assertThat(ProblemResponses.isDenial(404)).isFalse();
        assertThat(ProblemResponses.isDenial(400)).isFalse();
    }

    @Test
    void chineseUnlessEnglishIsAskedFor() {
        MockHttpServletRequest english = new MockHttpServletRequest();
        english.addHeader("Accept-Language", "en-GB,en;q=0.9");

        assertThat(ProblemResponses.locale(english).getLanguage()).isEqualTo("en");
        assertThat(ProblemResponses.locale(new MockHttpServletRequest()).getLanguage()).isEqualTo("zh");
        assertThat(ProblemResponses.locale(null).getLanguage()).isEqualTo("zh");
    }
}
