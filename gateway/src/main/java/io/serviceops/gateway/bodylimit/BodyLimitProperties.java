package io.serviceops.gateway.bodylimit;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/** The largest request body the gateway passes on, however it is sent ({@code MAX_REQUEST_SIZE}, default 1 MB). */
@Validated
@ConfigurationProperties("serviceops.body-limit")
record BodyLimitProperties(@NotNull DataSize maxSize) {
}
