package io.serviceops.notification.webhook.target;

/** A webhook target this service will not call; {@code reason} is the metric label. */
public class TargetRefused extends RuntimeException {

    private final String reason;

    TargetRefused(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
