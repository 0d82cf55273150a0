package org.evaltrack.command.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BonusTitleTest {

    @Test
    void fullWidthAndHalfWidthLettersAndDigitsCompareEqual() {
        assertThat(BonusTitle.normalize("ＣＣＴＶ２０１９")).isEqualTo(BonusTitle.normalize("CCTV2019"));
    }

    @Test
    void lettersAreLowerCased() {
        assertThat(BonusTitle.normalize("CCTV新闻联播")).isEqualTo("cctv新闻联播");
    }

    @Test
    void allWhitespaceIsRemovedIncludingIdeographicSpaces() {
        assertThat(BonusTitle.normalize(" 人民日报\u3000头版 \t报道\n")).isEqualTo("人民日报头版报道");
    }

    @Test
    void bookTitleMarksAreRemoved() {
        assertThat(BonusTitle.normalize("《人民日报》")).isEqualTo("人民日报");
        assertThat(BonusTitle.normalize("〈湖南日报〉")).isEqualTo("湖南日报");
    }

    @Test
    void quotationMarksAreRemoved() {
        assertThat(BonusTitle.normalize("“绥宁模式”「推介」\"x\"'y'")).isEqualTo("绥宁模式推介xy");
    }

    @Test
    void punctuationIsRemoved() {
        assertThat(BonusTitle.normalize("东山乡：侗族文化，走出去！")).isEqualTo("东山乡侗族文化走出去");
    }

    @Test
    void theSameAwardTypedTwoWaysNormalizesAlike() {
        assertThat(BonusTitle.normalize("《人民日报》 报道东山侗族乡 “四季花”"))
                .isEqualTo(BonusTitle.normalize("人民日报报道东山侗族乡四季花"));
    }

    @Test
    void differentAwardsStayDifferent() {
        assertThat(BonusTitle.normalize("人民日报报道东山")).isNotEqualTo(BonusTitle.normalize("湖南日报报道东山"));
    }
}
