package org.evaltrack.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ErrorLocalesTest {

    @Test
    void absent_header_means_simplified_chinese() {
        assertThat(ErrorLocales.resolve((String) null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void english_with_region_means_english() {
        assertThat(ErrorLocales.resolve("en-GB")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void higher_weight_wins_regardless_of_order() {
        assertThat(ErrorLocales.resolve("zh-CN;q=0.5, en;q=0.8")).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void first_supported_language_in_the_list_wins() {
        assertThat(ErrorLocales.resolve("de, zh-TW, en")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void garbage_header_means_simplified_chinese() {
        assertThat(ErrorLocales.resolve(";;;q=abc")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }
}
