package org.evaltrack.query.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.evaltrack.kernel.assessment.AssessmentStatus;
import org.evaltrack.kernel.assessment.ReportSectionKind;
import org.evaltrack.kernel.query.ledger.TrafficLight;
import org.evaltrack.kernel.query.trail.TrailEntryKind;
import org.evaltrack.kernel.scheme.BonusLevel;
import org.junit.jupiter.api.Test;

class DocumentLabelsBundleTest {

    @Test
    void bothLanguagesHoldTheSameKeys() throws IOException {
        assertThat(load("/i18n/document-labels_zh_CN.properties").stringPropertyNames())
                .isEqualTo(load("/i18n/document-labels.properties").stringPropertyNames());
    }

    @Test
    void everyEnumValueADocumentPrintsHasALabel() throws IOException {
        Properties en = load("/i18n/document-labels.properties");
        List<String> keys = new java.util.ArrayList<>();
        Arrays.stream(BonusLevel.values()).forEach(v -> keys.add("level." + v));
        Arrays.stream(AssessmentStatus.values()).forEach(v -> keys.add("status." + v));
        Arrays.stream(TrailEntryKind.values()).forEach(v -> keys.add("kind." + v));
        Arrays.stream(TrafficLight.values()).forEach(v -> keys.add("light." + v));
        Arrays.stream(ReportSectionKind.values()).forEach(v -> keys.add("report." + v.name().toLowerCase(Locale.ROOT) + ".heading"));
        List.of("CLAIMED", "VERIFIED", "REJECTED").forEach(v -> keys.add("state." + v));
        assertThat(keys).allSatisfy(key -> assertThat(en.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void chineseIsTheDefaultAndEnglishIsAskedFor() {
        assertThat(new DocumentLabels(Locale.SIMPLIFIED_CHINESE).get("sheet.ranking")).isEqualTo("排名");
        assertThat(new DocumentLabels(Locale.ENGLISH).get("sheet.ranking")).isEqualTo("Ranking");
    }

    private static Properties load(String path) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DocumentLabelsBundleTest.class.getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
