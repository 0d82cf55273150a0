package org.evaltrack.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.evaltrack.kernel.error.ErrorCode;
import org.junit.jupiter.api.Test;

class ErrorBundleCompletenessTest {

    private static final String EN = "/messages/errors.properties";
    private static final String ZH = "/messages/errors_zh_CN.properties";

    @Test
    void english_bundle_has_title_and_detail_for_every_code() throws IOException {
        assertThat(missingKeys(load(EN))).isEmpty();
    }

    @Test
    void chinese_bundle_has_title_and_detail_for_every_code() throws IOException {
        assertThat(missingKeys(load(ZH))).isEmpty();
    }

    @Test
    void chinese_titles_are_actually_chinese() throws IOException {
        Properties zh = load(ZH);
        List<String> untranslated = allCodes()
                .filter(code -> zh.getProperty(code + ".title") != null)
                .filter(code -> zh.getProperty(code + ".title").codePoints()
                        .noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                .toList();
        assertThat(untranslated).isEmpty();
    }

    @Test
    void both_bundles_hold_the_same_keys() throws IOException {
        assertThat(load(ZH).stringPropertyNames()).isEqualTo(load(EN).stringPropertyNames());
    }

    @Test
    void texts_take_no_arguments_because_specifics_travel_in_details() throws IOException {
        List<String> withPlaceholders = new ArrayList<>();
        for (Properties bundle : List.of(load(EN), load(ZH))) {
            bundle.stringPropertyNames().stream()
                    .filter(key -> bundle.getProperty(key).matches(".*\\{\\d+}.*"))
                    .forEach(withPlaceholders::add);
        }
        assertThat(withPlaceholders).isEmpty();
    }

    private static List<String> missingKeys(Properties bundle) {
        return allCodes()
                .flatMap(code -> Stream.of(code + ".title", code + ".detail"))
                .filter(key -> bundle.getProperty(key) == null || bundle.getProperty(key).isBlank())
                .toList();
    }

    private static Stream<String> allCodes() {
        return Stream.concat(Stream.of(ErrorCode.values()).map(Enum::name), Stream.of(WebErrorCode.values()).map(Enum::name));
    }

    private static Properties load(String path) throws IOException {
        try (InputStream in = ErrorBundleCompletenessTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        }
    }
}
