package org.evaltrack.command.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.evaltrack.command.assessment.AssessmentController;
import org.evaltrack.command.assessment.EvidenceController;
import org.evaltrack.command.assessment.ReviewController;
import org.evaltrack.command.ledger.TaskController;
import org.evaltrack.command.scheme.SchemeController;
import org.evaltrack.command.unit.UnitController;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;

/** Users read the API docs in Chinese, integrators in English: every endpoint says what it does in both. */
class ControllerDocumentationTest {

    private static final List<Class<?>> CONTROLLERS = List.of(UnitController.class, SchemeController.class,
            AssessmentController.class, EvidenceController.class, ReviewController.class, TaskController.class,
            org.evaltrack.command.imports.ClaimsBatchController.class,
            org.evaltrack.command.maintenance.EvidenceSweepController.class);

    @Test
    void everyControllerHasABilingualTag() {
        assertThat(CONTROLLERS).allSatisfy(controller -> {
            Tag tag = controller.getAnnotation(Tag.class);
            assertThat(tag).as(controller.getSimpleName()).isNotNull();
            assertBilingual(tag.name());
        });
    }

    @Test
    void everyEndpointHasABilingualSummary() {
        List<Method> endpoints = CONTROLLERS.stream()
                .flatMap(controller -> Arrays.stream(controller.getDeclaredMethods()))
                .filter(method -> AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class))
                .toList();

        assertThat(endpoints).hasSize(33);
        assertThat(endpoints).allSatisfy(method -> {
            Operation operation = method.getAnnotation(Operation.class);
            assertThat(operation).as(method.getName()).isNotNull();
            assertBilingual(operation.summary());
        });
    }

    private static void assertBilingual(String text) {
        assertThat(text).as(text).contains(" / ");
        assertThat(text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)).as(text).isTrue();
        assertThat(text.chars().anyMatch(c -> c >= 'A' && c <= 'z' && Character.isLetter(c))).as(text).isTrue();
    }
}
