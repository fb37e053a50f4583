package io.serviceops.complaint.privacy;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code serviceops_privacy_requests_opened_total{kind}} and {@code serviceops_privacy_requests_completed_total{kind}}:
 * an operator watches that the two stay close (a request every service has not answered is stuck).
 */
@Component
class PrivacyMetrics {

    private final MeterRegistry registry;

    PrivacyMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (RequestKind kind : RequestKind.values()) {
            opened(kind, 0);
            completed(kind, 0);
        }
    }

    void opened(RequestKind kind) {
        opened(kind, 1);
    }

    void completed(RequestKind kind) {
        completed(kind, 1);
    }

    private void opened(RequestKind kind, int count) {
        registry.counter("serviceops.privacy.requests.opened", "kind", kind.name()).increment(count);
    }

    private void completed(RequestKind kind, int count) {
        registry.counter("serviceops.privacy.requests.completed", "kind", kind.name()).increment(count);
    }
}
