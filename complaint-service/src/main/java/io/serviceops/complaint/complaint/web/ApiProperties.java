package io.serviceops.complaint.complaint.web;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param maxBodyBytes the largest request body accepted; a complaint with a full description fits in 16 KiB */
@Validated
@ConfigurationProperties("serviceops.complaints.api")
public record ApiProperties(@Min(1024) @DefaultValue("65536") long maxBodyBytes) {
}
