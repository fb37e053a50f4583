package io.serviceops.gateway.security;

import java.util.List;

import io.serviceops.ids.Ids;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param audience    the audience ({@code aud}) every bearer token must name: a token minted for another API
 *                    is refused (401) even when the issuer's signature holds. The development issuer mints
 *                    for it; a real issuer's decoder checks it through {@code spring.security.oauth2.resourceserver.jwt.audiences}
 * @param rolesClaim  the JWT claim holding the caller's roles (e.g. {@code roles})
 * @param storesClaim the JWT claim listing the stores a staff member works in (default {@code stores}); a
 *                    token without it is not limited to any store
 * @param apiKeys     CRM integrations' keys, stored only as SHA-256 hex digests
 */
@Validated
@ConfigurationProperties("serviceops.auth")
public record AuthProperties(@NotBlank String audience, @NotBlank String rolesClaim, String storesClaim, @NotNull @Valid List<ApiKey> apiKeys) {

    public AuthProperties {
        storesClaim = storesClaim == null || storesClaim.isBlank() ? "stores" : storesClaim;
    }

    /**
     * Revoke a key by setting {@code revoked: true} (or removing it) and restarting or refreshing the gateway.
     * {@code stores} limits the key to those stores' objects; none (the default) limits it to no store.
     */
    record ApiKey(@NotBlank String client,
            @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be a lower-case hex SHA-256 digest") String sha256,
            @NotNull List<String> scopes, boolean revoked,
            List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> stores) {

        ApiKey {
            stores = stores == null ? List.of() : List.copyOf(stores);
        }
    }
}
