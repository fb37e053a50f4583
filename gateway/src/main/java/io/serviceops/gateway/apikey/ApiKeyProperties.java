package io.serviceops.gateway.apikey;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param refreshInterval how often every replica reloads the managed keys (default 5 s): a key revoked
 *                        through one replica stops working on all of them within this interval
 * @param rotationGrace   how long the old key of a rotation keeps working, so a client can switch (default 24 h)
 */
@Validated
@ConfigurationProperties("serviceops.api-keys")
record ApiKeyProperties(@NotNull Duration refreshInterval, @NotNull Duration rotationGrace) {
}
