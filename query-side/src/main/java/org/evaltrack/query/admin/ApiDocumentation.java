package org.evaltrack.query.admin;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.HashSet;
import java.util.Set;
import org.evaltrack.query.security.QuerySecurityConfig;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.models.GroupedOpenApi;
import org.springdoc.core.properties.AbstractSwaggerUiConfigProperties;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What /v3/api-docs and /swagger-ui.html say about the API. Served by the query side (nginx sends
 * both paths there, except the command group's document, which a separate command side serves itself)
 * and open to everyone, signed in or not: no security chain covers them, and the documents hold no
 * data. The whole API stays at /v3/api-docs; the groups split it for reading: commands (the command
 * side, in the launcher or on its own nodes), queries, and administration.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BASIC = "basic";
    private static final String COMMAND_SIDE = "org.evaltrack.command";
    /** The command side's address where it runs in other processes, e.g. http://command-side:8081. */
    static final String COMMAND_SIDE_ADDRESS = "evaltrack.api-docs.command-side";
    /** The command side's group, under the same name in the launcher and on a command node (its application.yml). */
    static final String COMMAND_GROUP = "command";
    private static final String COMMAND_GROUP_NAME = "命令 / Commands";

    @Bean
    OpenAPI evaltrackOpenApi() {
        String version = ApiDocumentation.class.getPackage().getImplementationVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("Evaltrack 绩效评估追踪 API")
                        .version(version == null ? "0.1.0-SNAPSHOT" : version)
                        .description("""
                                县级绩效评估的事件溯源系统：自评申报、佐证材料、审核调整、加分核定、一票否决与台账销号均以事件记录，\
                                得分汇总、审计轨迹、台账与不一致之处由事件计算得出。写操作（POST/PUT/DELETE）为命令，\
                                读操作（GET）为查询；出错时返回 problem+json，文字随 Accept-Language（zh-CN 默认，en）。\
                                使用 HTTP Basic 登录（演示账号密码 demo12345）。

                                An event-sourced system for county performance assessment: self-assessment claims, evidence, \
                                review adjustments, bonus verification, vetoes and task close-outs are recorded as events; \
                                totals, the audit trail, task ledgers and discrepancies are computed from them. Writes \
                                (POST/PUT/DELETE) are commands, reads (GET) are queries; errors are problem+json in the \
                                language of Accept-Language (zh-CN by default, en). Sign in with HTTP Basic (demo password demo12345)."""))
                .components(new Components().addSecuritySchemes(BASIC,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }

    @Bean
    GroupedOpenApi queryApi() {
        return GroupedOpenApi.builder()
                .group("query")
                .displayName("查询 / Queries")
                .packagesToScan("org.evaltrack.query")
                // the web pages (org.evaltrack.query.web.page) are HTML, not part of the API
                .pathsToMatch("/api/**")
                .pathsToExclude(QuerySecurityConfig.PROJECTIONS)
                .build();
    }

    @Bean
    GroupedOpenApi adminApi() {
        return GroupedOpenApi.builder()
                .group("admin")
                .displayName("投影管理 / Projection administration")
                .pathsToMatch(QuerySecurityConfig.PROJECTIONS)
                .build();
    }

    /**
     * Where the command side runs elsewhere (docker-compose: {@code EVALTRACK_API_DOCS_COMMAND_SIDE}), its group is
     * the command side's own document, which nginx sends there, and the whole document takes its paths in.
     */
    @Bean
    @ConditionalOnProperty(COMMAND_SIDE_ADDRESS)
    OpenApiCustomizer commandSideDocument(@Value("${" + COMMAND_SIDE_ADDRESS + "}") String commandSide,
                                          SwaggerUiConfigProperties swaggerUi) {
        AbstractSwaggerUiConfigProperties.SwaggerUrl commands = new AbstractSwaggerUiConfigProperties.SwaggerUrl();
        commands.setName(COMMAND_GROUP);
        commands.setDisplayName(COMMAND_GROUP_NAME);
        commands.setUrl("/v3/api-docs/" + COMMAND_GROUP);
        Set<AbstractSwaggerUiConfigProperties.SwaggerUrl> urls = new HashSet<>();
        if (swaggerUi.getUrls() != null) {
            urls.addAll(swaggerUi.getUrls());
        }
        urls.add(commands);
        swaggerUi.setUrls(urls);
        return new CommandSideDocument(commandSide);
    }

    /** Only where the command side runs in the same application (the launcher). */
    @Bean
    @ConditionalOnClass(name = COMMAND_SIDE + ".CommandSideApplication")
    GroupedOpenApi commandApi() {
        return GroupedOpenApi.builder()
                .group(COMMAND_GROUP)
                .displayName(COMMAND_GROUP_NAME)
                .packagesToScan(COMMAND_SIDE)
                .build();
    }
}
