package org.evaltrack.websupport.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/** The literal-prefix test never changes which handler a request reaches: same answer as Spring's own mapping. */
class LiteralPrefixHandlerMappingTest {

    @Controller
    @RequestMapping("/api/assessments")
    static class Assessments {
        @GetMapping("/{id}/totals")
        void totals(@PathVariable String id) {
        }

        @GetMapping("/{id}/trail")
        void trail(@PathVariable String id) {
        }

        @PutMapping("/{id}/claims/{code}")
        void claim(@PathVariable String id, @PathVariable String code) {
        }

        @GetMapping
        void list() {
        }
    }

    @Controller
    static class Pages {
        @GetMapping("/")
        void home() {
        }

        @GetMapping("/{page}")
        void anyPage(@PathVariable String page) {
        }

        @GetMapping("/assessments/{id}/scores/**")
        void scores(@PathVariable String id) {
        }

        @PostMapping("/api/schemes/{id}/ranking")
        void ranking(@PathVariable String id) {
        }
    }

    private static RequestMappingHandlerMapping mapping(RequestMappingHandlerMapping mapping) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(Assessments.class, Pages.class);
        mapping.setApplicationContext(context);
        mapping.afterPropertiesSet();
        return mapping;
    }

    private static String handler(RequestMappingHandlerMapping mapping, String method, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            return chain == null ? "none" : ((HandlerMethod) chain.getHandler()).getMethod().getName();
        } catch (Exception refused) {
            return refused.getClass().getSimpleName();
        }
    }

    @Test
    void everyRequestReachesTheHandlerSpringItselfWouldChoose() throws Exception {
        RequestMappingHandlerMapping plain = mapping(new RequestMappingHandlerMapping());
        RequestMappingHandlerMapping prefixed = mapping(new LiteralPrefixHandlerMapping());
        List<String[]> requests = List.of(
                new String[] {"GET", "/api/assessments/a-1/totals"}, new String[] {"GET", "/api/assessments/a-1/trail"},
                new String[] {"PUT", "/api/assessments/a-1/claims/1.2.2"}, new String[] {"GET", "/api/assessments/a-1/claims/1.2.2"},
                new String[] {"GET", "/api/assessments"}, new String[] {"GET", "/"}, new String[] {"GET", "/dashboard"},
                new String[] {"GET", "/assessments/a-1/scores/1.2.2"}, new String[] {"GET", "/assessments/a-1/scores"},
                new String[] {"POST", "/api/schemes/s-1/ranking"}, new String[] {"GET", "/api/schemes/s-1/ranking"},
                new String[] {"GET", "/api/assessments/a-1/nothing"}, new String[] {"GET", "/API/assessments/a-1/totals"});
        for (String[] request : requests) {
            assertThat(handler(prefixed, request[0], request[1])).as("%s %s", request[0], request[1])
                    .isEqualTo(handler(plain, request[0], request[1]));
        }
        assertThat(handler(prefixed, "GET", "/api/assessments/a-1/totals")).isEqualTo("totals");
    }

    @Test
    void aPatternWithoutALiteralStartIsNeverPassedOver() {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(Pages.class);
        LiteralPrefixHandlerMapping mapping = new LiteralPrefixHandlerMapping();
        mapping.setApplicationContext(context);
        mapping.afterPropertiesSet();
        mapping.getHandlerMethods().forEach((info, method) -> {
            String[] prefixes = LiteralPrefixHandlerMapping.literalPrefixes(info);
            switch (method.getMethod().getName()) {
                case "home", "anyPage" -> assertThat(prefixes).isEmpty();
                case "scores" -> assertThat(prefixes).containsExactly("/assessments/");
                case "ranking" -> assertThat(prefixes).containsExactly("/api/schemes/");
                default -> throw new AssertionError(method);
            }
        });
    }
}
