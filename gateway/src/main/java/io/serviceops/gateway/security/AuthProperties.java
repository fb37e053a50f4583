package io.serviceops.gateway.security;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param rolesClaim the JWT claim holding the caller's roles (e.g. {@code roles})
 * @param apiKeys    CRM integrations' keys, stored only as SHA-256 hex digests
 */
@Validated
@ConfigurationProperties("serviceops.auth")
record AuthProperties(@NotBlank String rolesClaim, @NotNull @Valid List<ApiKey> apiKeys) {

    /** Revoke a key by setting {@code revoked: true} (or removing it) and restarting or refreshing the gateway. */
    record ApiKey(@NotBlank String client,
            @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be a lower-case hex SHA-256 digest") String sha256,
            @NotNull List<String> scopes, boolean revoked) {
    }
}
