package org.evaltrack.query.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.evaltrack.kernel.limit.AcceptedDates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

class DateParameterTest {

    private final QueryProblems problems = new QueryProblems(new ObjectMapper(),
            new StaticListableBeanFactory().getBeanProvider(DeniedRequests.class));

    @Test
    void absentOrBlankIsNoInstant() {
        assertThat(DateParameter.instant("asOf", null)).isNull();
        assertThat(DateParameter.instant("asOf", "  ")).isNull();
    }

    @Test
    void readsUtcAndOffsetInstants() {
        assertThat(DateParameter.instant("asOf", "2020-01-10T00:00:00Z")).isEqualTo(Instant.parse("2020-01-10T00:00:00Z"));
        assertThat(DateParameter.instant("from", "2020-01-10T08:00:00+08:00")).isEqualTo(Instant.parse("2020-01-10T00:00:00Z"));
    }

    @Test
    void theEdgesOfTheAcceptedRangeAreAccepted() {
        assertThat(DateParameter.instant("to", AcceptedDates.EARLIEST.toString())).isEqualTo(AcceptedDates.EARLIEST);
        Instant last = AcceptedDates.AFTER_LATEST.minusNanos(1);
        assertThat(DateParameter.instant("to", last.toString())).isEqualTo(last);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1000000000-12-31T23:59:59Z", "-1000000000-01-01T00:00:00Z", "+999999999-12-31T23:59:59+18:00",
            "1999-12-31T23:59:59.999999999Z", "2101-01-01T00:00:00Z", "2101-01-01T08:00:00+08:00", "0000-01-01T00:00:00Z"})
    void instantsOutsideTheAcceptedRangeAreRefused(String value) {
        assertThatThrownBy(() -> DateParameter.instant("from", value))
                .isInstanceOfSatisfying(QueryProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.code()).isEqualTo("DATE_PARAMETER_OUT_OF_RANGE");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2020-01-10", "2020-13-45T99:00:00Z", "+10000000000-01-01T00:00:00Z", "2020-01-10T00:00:00\u0000Z"})
    void unreadableInstantsAreRefused(String value) {
        assertThatThrownBy(() -> DateParameter.instant("asOf", value))
                .isInstanceOfSatisfying(QueryProblemException.class, e -> assertThat(e.code()).isEqualTo("MALFORMED_REQUEST"));
    }

    @Test
    void theRefusalNamesTheParameterInWordsTheValueAndTheRangeInBothLanguages() {
        QueryProblemException refused = refusal("asOf", "+1000000000-12-31T23:59:59Z");

        ProblemDetail chinese = problems.problem(refused.status(), refused.code(), Locale.SIMPLIFIED_CHINESE, refused.args());
        assertThat(chinese.getTitle()).isEqualTo("时间超出范围");
        assertThat(chinese.getDetail()).contains("“截至”时间（asOf）").contains("+1000000000-12-31T23:59:59Z")
                .contains("2000-01-01").contains("2100-12-31");
        ProblemDetail english = problems.problem(refused.status(), refused.code(), Locale.ENGLISH, refused.args());
        assertThat(english.getTitle()).isEqualTo("Date out of range");
        assertThat(english.getDetail()).contains("The \"as of\" time (asOf)").contains("from 2000-01-01 to 2100-12-31");
    }

    @Test
    void anUnreadableValueIsExplainedInBothLanguages() {
        QueryProblemException refused = refusal("from", "yesterday");

        assertThat(problems.problem(refused.status(), refused.code(), Locale.SIMPLIFIED_CHINESE, refused.args()).getDetail())
                .contains("起始时间（from）").contains("“yesterday”").contains("2020-01-10T00:00:00Z");
        assertThat(problems.problem(refused.status(), refused.code(), Locale.ENGLISH, refused.args()).getDetail())
                .contains("The start time (from) must be a time such as").contains("\"yesterday\"");
    }

    @Test
    void aLongValueIsEchoedAsAShortExcerptOnly() {
        QueryProblemException refused = refusal("after", "x".repeat(10_000));

        String detail = problems.problem(refused.status(), refused.code(), Locale.ENGLISH, refused.args()).getDetail();
        assertThat(detail).contains("The \"changed after\" time (after)").hasSizeLessThan(300);
    }

    private static QueryProblemException refusal(String name, String value) {
        try {
            DateParameter.instant(name, value);
        } catch (QueryProblemException e) {
            return e;
        }
        throw new AssertionError("not refused: " + value);
    }
}
