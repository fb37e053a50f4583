package io.serviceops.gateway.devissuer;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The development token issuer: on for the local stack, off in production (which configures
 * {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} or {@code jwk-set-uri} instead).
 */
@Validated
@ConfigurationProperties("serviceops.auth.dev-issuer")
record DevIssuerProperties(boolean enabled, @NotBlank String issuer, @NotNull Duration tokenTtl) {
}
