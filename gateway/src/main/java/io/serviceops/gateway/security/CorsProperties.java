package io.serviceops.gateway.security;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** Web front-ends allowed to call the API from a browser. */
@Validated
@ConfigurationProperties("serviceops.cors")
record CorsProperties(@NotNull List<String> allowedOrigins, @NotNull Duration maxAge) {
}
