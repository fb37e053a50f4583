package io.serviceops.notification.customer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How customers are notified. The defaults are ours (the manuals state none), named in the README.
 *
 * @param zone the zone promised times are written in for the customer (default Asia/Shanghai)
 * @param from the sender address of e-mails
 * @param publicBaseUrl the gateway's public address, for the customer's tracking link
 * @param maxAttempts sends tried before a notification is recorded as failed (default 5); only sends
 *        known not to have reached the provider are tried again
 * @param retryAfter the wait between those tries (default 1 minute)
 * @param claimTimeout a send claimed longer ago than this without an outcome is recorded as uncertain
 *        and never tried again, so a crash mid-send cannot notify anyone twice (default 2 minutes)
 * @param sweepInterval how often pending and stuck notifications are looked for (default 5 s)
 * @param sms the HTTP SMS provider; without a URL the SMS channel is off
 */
@Validated
@ConfigurationProperties("serviceops.notifications")
public record NotificationProperties(
        @NotNull @DefaultValue("Asia/Shanghai") ZoneId zone,
        @NotBlank @DefaultValue("serviceops <no-reply@serviceops.local>") String from,
        @NotBlank @DefaultValue("http://127.0.0.1:8080") String publicBaseUrl,
        @Min(1) @DefaultValue("5") int maxAttempts,
        @NotNull @DefaultValue("1m") Duration retryAfter,
        @NotNull @DefaultValue("2m") Duration claimTimeout,
        @NotNull @DefaultValue("5s") Duration sweepInterval,
        @Valid @NotNull @DefaultValue Sms sms) {

    /**
     * @param url where the provider accepts {@code {"to", "text"}} as JSON; empty: no SMS channel
     * @param apiKey sent as a bearer token to the provider
     * @param timeout for one call to the provider (default 5 s)
     */
    public record Sms(URI url, String apiKey, @NotNull @DefaultValue("5s") Duration timeout) {

        public boolean enabled() {
            return url != null && !url.toString().isBlank();
        }
    }
}
