package io.serviceops.gateway.security;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many verified bearer tokens the gateway keeps, and for how long ({@link VerifiedTokenCache}).
 *
 * @param maxSize default 1 000 tokens (about 2.5 KB each on the heap); 0 verifies every request
 * @param ttl     default 5 minutes: how long a token signed by a key the issuer has since withdrawn still passes
 */
@Validated
@ConfigurationProperties("serviceops.auth.verified-tokens")
public record VerifiedTokensProperties(@DefaultValue("1000") @PositiveOrZero long maxSize,
        @DefaultValue("5m") @NotNull Duration ttl) {
}
