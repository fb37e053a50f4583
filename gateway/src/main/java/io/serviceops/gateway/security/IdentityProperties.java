package io.serviceops.gateway.security;

import java.time.Duration;

import io.serviceops.identity.IdentitySigner;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param keys      the identity key ring, {@code id:secret[,id:secret…]}, newest first (it signs); the services
 *                  list the same ring. From {@code SERVICEOPS_IDENTITY_KEYS} (a Kubernetes Secret in production),
 *                  no default: a gateway without keys does not start.
 * @param lifetime  how long an assertion is valid; default {@link IdentitySigner#DEFAULT_LIFETIME} (60 s)
 * @param cacheSize assertions kept for reuse; default {@link IdentitySigner#DEFAULT_CACHE_SIZE}
 */
@Validated
@ConfigurationProperties("serviceops.identity")
record IdentityProperties(
        @NotBlank(message = "set SERVICEOPS_IDENTITY_KEYS (id:secret, newest first)") String keys,
        Duration lifetime, Integer cacheSize) {

    IdentityProperties {
        lifetime = lifetime == null ? IdentitySigner.DEFAULT_LIFETIME : lifetime;
        cacheSize = cacheSize == null ? IdentitySigner.DEFAULT_CACHE_SIZE : cacheSize;
    }
}
