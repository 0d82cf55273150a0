package org.evaltrack.command.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Controllers no longer repeat the access check themselves: {@link AccessBeforeBody} judges
 * {@link CallerMay} before the body is read. So every state-changing handler must carry one, except
 * opening an account (the security chain admits only the office, also before the body) and the caller's
 * own tokens, which any signed-in caller may manage.
 */
class EveryChangeNamesItsCallersTest {

    private static final Set<String> JUDGED_ELSEWHERE = Set.of(
            "AccountController.register",
            "PersonalTokenController.create", "PersonalTokenController.revoke", "PersonalTokenController.revokeAll");

    @Test
    void everyStateChangingHandlerCarriesCallerMayOrIsJudgedByTheSecurityChain() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        Set<String> unguarded = new TreeSet<>();
        int changes = 0;
        for (var candidate : scanner.findCandidateComponents("org.evaltrack.command")) {
            Class<?> controller = Class.forName(candidate.getBeanClassName());
            if (controller.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes")) {
                continue; // the tests' own probe controllers
            }
            for (Method method : controller.getDeclaredMethods()) {
                if (!changesState(method)) {
                    continue;
                }
                changes++;
                if (!method.isAnnotationPresent(CallerMay.class)) {
                    unguarded.add(controller.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(changes).as("the scan found the command handlers").isGreaterThan(20);
        assertThat(unguarded).isSubsetOf(JUDGED_ELSEWHERE);
    }

    private static boolean changesState(Method method) {
        return AnnotatedElementUtils.hasAnnotation(method, PostMapping.class)
                || AnnotatedElementUtils.hasAnnotation(method, PutMapping.class)
                || AnnotatedElementUtils.hasAnnotation(method, PatchMapping.class)
                || AnnotatedElementUtils.hasAnnotation(method, DeleteMapping.class);
    }
}
