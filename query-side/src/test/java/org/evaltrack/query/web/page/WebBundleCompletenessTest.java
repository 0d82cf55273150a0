package org.evaltrack.query.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every query-side bundle (pages, problems, discrepancies) says the same things in both languages. */
class WebBundleCompletenessTest {

    @ParameterizedTest
    @ValueSource(strings = {"i18n/web", "i18n/query-messages", "i18n/discrepancy-messages"})
    void both_languages_hold_the_same_keys(String basename) throws IOException {
        assertThat(load(basename + "_zh_CN").stringPropertyNames()).isEqualTo(load(basename).stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/web", "i18n/query-messages", "i18n/discrepancy-messages"})
    void no_text_is_blank(String basename) throws IOException {
        for (Properties bundle : List.of(load(basename), load(basename + "_zh_CN"))) {
            assertThat(bundle.stringPropertyNames()).allSatisfy(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"i18n/web"})
    void chinese_page_texts_are_chinese(String basename) throws IOException {
        Properties zh = load(basename + "_zh_CN");
        List<String> untranslated = zh.stringPropertyNames().stream()
                .filter(key -> zh.getProperty(key).codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .toList();
        assertThat(untranslated).isEmpty();
    }

    private static Properties load(String name) throws IOException {
        try (InputStream in = WebBundleCompletenessTest.class.getResourceAsStream("/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        }
    }
}
