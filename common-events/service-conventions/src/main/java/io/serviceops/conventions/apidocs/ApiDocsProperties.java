package io.serviceops.conventions.apidocs;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a service says about itself at the top of its OpenAPI document ({@code serviceops.api}); the
 * parts every service shares (authentication, development tokens, the event catalogue) are added by
 * {@link ApiDescription}.
 *
 * @param description what the service does, in a sentence or two
 */
@ConfigurationProperties("serviceops.api")
public record ApiDocsProperties(String description) {

    public ApiDocsProperties {
        description = description == null ? "" : description.strip();
    }
}
