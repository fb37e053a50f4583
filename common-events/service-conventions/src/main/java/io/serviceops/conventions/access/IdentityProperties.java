package io.serviceops.conventions.access;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param keys the gateway's identity keys, {@code id:secret[,id:secret…]}, newest first — the same ring as
 *             the gateway's {@code serviceops.identity.keys}; from {@code SERVICEOPS_IDENTITY_KEYS} (a
 *             Kubernetes Secret in production). There is no default: a service without keys does not start.
 */
@Validated
@ConfigurationProperties("serviceops.identity")
public record IdentityProperties(
        @NotBlank(message = "set SERVICEOPS_IDENTITY_KEYS (id:secret, the gateway's identity keys)") String keys) {
}
