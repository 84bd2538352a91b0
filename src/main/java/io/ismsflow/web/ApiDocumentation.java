package io.ismsflow.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's description at {@code /api-docs} and in Swagger UI: what it is, its version, one tag per module, and
 * HTTP Basic as its scheme, so "Authorize" works for scripts' credentials; a signed-in page session works too
 * (Swagger UI sends the CSRF token, {@code springdoc.swagger-ui.csrf.enabled}).
 */
@Configuration
class ApiDocumentation {

    static final String BASIC = "basic";

    @Bean
    OpenAPI ismsFlowApi(ObjectProvider<BuildProperties> build) {
        String version = build.getIfAvailable() == null ? "development" : build.getIfAvailable().getVersion();
        return new OpenAPI()
                .info(new Info().title("ISMS Flow API").version(version)
                        .description("The ISO/IEC 27001:2022 management system of ISMS Flow: risk register, Statement of "
                                + "Applicability, corrective action, tasks and the audit trail. Errors are RFC 9457 problem "
                                + "details; bad input names each field in `errors`.")
                        .license(new License().name("Proprietary")))
                .components(new Components().addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("A user name and password of isms.users (demo users: password demo)")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
    }
}
