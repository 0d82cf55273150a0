package org.evaltrack.command.assessment;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import org.evaltrack.command.security.AfterTheFactHeaders;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Scripts learn of the 补录 headers from the API document: every call of this package (claims, evidence,
 * submission, review) keeps a stated date on its events.
 */
@Configuration(proxyBeanMethods = false)
class AfterTheFactApiDocs {

    @Bean
    OperationCustomizer afterTheFactHeadersDocumented() {
        return (operation, handler) -> {
            if (handler.getBeanType().getPackage() == AfterTheFactApiDocs.class.getPackage()) {
                operation.addParametersItem(new HeaderParameter().name(AfterTheFactHeaders.STATED_AT).required(false)
                        .schema(new StringSchema().format("date-time").example("2020-01-08T10:00:00+08:00"))
                        .description("补录（仅绩效办）：事情发生的时间，截止日期按此判断 / Entered after the fact (office only):"
                                + " when it happened; deadlines are judged on this date"));
                operation.addParametersItem(new HeaderParameter().name(AfterTheFactHeaders.STATED_REASON).required(false)
                        .schema(new StringSchema().example("%E8%A1%A5%E5%BD%95"))
                        .description("补录原因，UTF-8 百分号编码，与 Stated-At 同时必填 / Why it is entered after the fact,"
                                + " percent-encoded UTF-8; required with Stated-At"));
            }
            return operation;
        };
    }
}
