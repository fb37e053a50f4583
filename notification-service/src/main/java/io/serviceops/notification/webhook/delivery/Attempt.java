package io.serviceops.notification.webhook.delivery;

import java.time.Instant;

/** One try: when, the answer's status (null without one), how long it took, the start of the answer or the error. */
public record Attempt(Instant at, Integer status, long latencyMillis, String excerpt, String error) {
}
