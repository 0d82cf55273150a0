package org.evaltrack.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.evaltrack.kernel.error.DomainException;
import org.evaltrack.kernel.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ExpectedVersionTest {

    @ParameterizedTest
    @ValueSource(strings = {"7", "\"7\"", "W/\"7\"", " 7 "})
    void readsTheVersionHoweverTheETagIsQuoted(String header) {
        assertThat(ExpectedVersion.fromIfMatch(header)).isEqualTo(7L);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"*"})
    void noHeaderOrAnyMeansNoCheck(String header) {
        assertThat(ExpectedVersion.fromIfMatch(header)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "\"7", "1.5", "99999999999999999999"})
    void anythingElseIsAMalformedRequest(String header) {
        assertThatThrownBy(() -> ExpectedVersion.fromIfMatch(header))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo(ErrorCode.MALFORMED_REQUEST);
    }
}
