package org.evaltrack.kernel.limit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.evaltrack.kernel.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TextRuleTest {

    private static final String EMOJI = "\uD83D\uDE00";

    @ParameterizedTest
    @EnumSource(TextLimit.class)
    void theMaximumCountsCodePointsSoCjkAndEmojiGetTheFullLength(TextLimit limit) {
        assertThat(TextRule.fault("字".repeat(limit.maxCodePoints()), limit)).isEmpty();
        assertThat(TextRule.fault(EMOJI.repeat(limit.maxCodePoints()), limit)).isEmpty();
        assertThat(TextRule.fault(EMOJI.repeat(limit.maxCodePoints() + 1), limit)).contains(TextFault.TOO_LONG);
        assertThat(TextRule.fault("字".repeat(limit.maxCodePoints() + 1), limit)).contains(TextFault.TOO_LONG);
    }

    @ParameterizedTest
    @EnumSource(TextLimit.class)
    void nulLoneSurrogatesAndControlsAreRefusedEverywhere(TextLimit limit) {
        assertThat(TextRule.fault("含\u0000空字符", limit)).contains(TextFault.NUL);
        assertThat(TextRule.fault("x\uD800y", limit)).contains(TextFault.LONE_SURROGATE);
        assertThat(TextRule.fault("x\uDC00", limit)).contains(TextFault.LONE_SURROGATE);
        assertThat(TextRule.fault("bell\u0007", limit)).contains(TextFault.CONTROL_CHARACTER);
        assertThat(TextRule.fault("del\u007f", limit)).contains(TextFault.CONTROL_CHARACTER);
        assertThat(TextRule.fault("tab\there", limit)).isEmpty();
    }

    @Test
    void lineBreaksOnlyWhereATextMaySpanLines() {
        assertThat(TextRule.fault("第一行\r\n第二行", TextLimit.NARRATIVE)).isEmpty();
        assertThat(TextRule.fault("第一行\n第二行", TextLimit.REASON)).isEmpty();
        assertThat(TextRule.fault("report.pdf\r\n", TextLimit.FILE_NAME)).contains(TextFault.LINE_BREAK);
        assertThat(TextRule.fault("东山\n镇", TextLimit.NAME)).contains(TextFault.LINE_BREAK);
        assertThat(TextRule.fault("1.1\n", TextLimit.CODE)).contains(TextFault.LINE_BREAK);
    }

    @Test
    void longestIsTheLongestDeclaredLimit() {
        int longest = 0;
        for (TextLimit limit : TextLimit.values()) {
            longest = Math.max(longest, limit.maxCodePoints());
        }
        assertThat(TextLimit.LONGEST).isEqualTo(longest);
    }

    @Test
    void aRefusalQuotesAShortSafeExcerptOnly() {
        assertThatThrownBy(() -> TextRule.require("含\u0000空字符" + "长".repeat(30000), TextLimit.NARRATIVE, "narrative"))
                .isInstanceOfSatisfying(TextNotAcceptedException.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo(ErrorCode.TEXT_NOT_ACCEPTED);
                    assertThat(refusal.details()).containsExactly("narrative", "NUL", "20000", "含U+0000空字符长长长长长长长长长长长长长长长…");
                });
        assertThat(TextRule.excerpt("x\uD800y")).isEqualTo("xU+D800y");
        assertThat(TextRule.excerpt(EMOJI.repeat(30))).isEqualTo(EMOJI.repeat(20) + "…");
    }
}
