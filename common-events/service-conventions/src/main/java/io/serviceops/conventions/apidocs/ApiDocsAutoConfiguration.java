package io.serviceops.conventions.apidocs;

import io.serviceops.conventions.access.AccessProperties;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Every service's OpenAPI document follows the same contract conventions (see
 * {@link ApiContractCustomizer}), so a client generated from the gateway's merged document knows every
 * answer, header and error of every service.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(OpenApiCustomizer.class)
@EnableConfigurationProperties(ApiDocsProperties.class)
public class ApiDocsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    OpenAPI serviceOpenApi(@Value("${spring.application.name}") String name, ApiDocsProperties properties) {
        return new OpenAPI().info(new Info().title("serviceops " + name).version("v1")
                .summary(properties.description().isBlank() ? null : properties.description())
                .description(ApiDescription.of(properties.description()))
                .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                // Relative, never the request's Host header, which a caller controls (springdoc's default).
                .servers(List.of(new Server().url("/").description("the gateway")));
    }

    @Bean
    OperationIds conventionalOperationIds() {
        return new OperationIds();
    }

    @Bean
    OpenApiCustomizer apiContractConventions(ObjectProvider<AccessProperties> access, OperationIds operationIds) {
        return new ApiContractCustomizer(access.getIfAvailable(), operationIds);
    }
}
