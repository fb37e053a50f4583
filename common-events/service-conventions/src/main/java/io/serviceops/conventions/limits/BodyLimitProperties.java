package io.serviceops.conventions.limits;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The largest request body a service reads ({@code serviceops.web.max-body-size}). The default, 1 MB, is
 * the gateway's own limit ({@code MAX_REQUEST_SIZE}), so a body the gateway passes is never refused here.
 */
@Validated
@ConfigurationProperties("serviceops.web")
public record BodyLimitProperties(@NotNull @DefaultValue("1MB") DataSize maxBodySize) {
}
