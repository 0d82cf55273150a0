package org.evaltrack.kernel.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ReadPositionTest {

    @Test
    void nothingSentIsNoPosition() {
        assertThat(ReadPosition.parse(null)).isEmpty();
        assertThat(ReadPosition.parse("")).isEmpty();
    }

    @Test
    void aWholeNumberIsAPosition() {
        assertThat(ReadPosition.parse("0")).isEqualTo(OptionalLong.of(0));
        assertThat(ReadPosition.parse(" 4711 ")).isEqualTo(OptionalLong.of(4711));
        assertThat(ReadPosition.parse("9223372036854775807")).isEqualTo(OptionalLong.of(Long.MAX_VALUE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1.5", "abc", "1e3", "+3", " ", "9223372036854775808", "99999999999999999999", "１２", "0x10"})
    void anythingElseIsMalformed(String sent) {
        assertThatThrownBy(() -> ReadPosition.parse(sent)).isInstanceOf(IllegalArgumentException.class);
    }
}
