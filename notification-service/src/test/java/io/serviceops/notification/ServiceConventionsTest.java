package io.serviceops.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.testsupport.ServiceConventionsContract;
import java.util.Set;
import org.junit.jupiter.api.Test;

@ServiceTest
class ServiceConventionsTest extends ServiceConventionsContract {

    @Override
    protected String jsonPostPath() {
        return "/api/v1/webhooks/subscriptions";
    }

    @Override
    protected String resourcePath(String id) {
        return "/api/v1/webhooks/subscriptions/" + id;
    }

    /** A delivery id is {@code <eventId>:<subscriptionId>}; a notification id is longer than one id. */
    @Override
    protected Set<String> idsOfAnotherShape() {
        return Set.of("DeliveryController.replayOne(deliveryId)", "NotificationController.bounce(id)");
    }

    @Test
    void exposesTheDeliveryMetricsBeforeAnyTraffic() throws Exception {
        assertThat(get("/actuator/prometheus").body()).contains("serviceops_webhook_deliveries_total",
                "serviceops_webhook_retry_queue_age_seconds", "serviceops_webhook_subscriptions_disabled",
                "serviceops_webhook_subscriptions_auto_disabled_total", "serviceops_webhook_target_refusals_total",
                "serviceops_notifications_total");
    }

    @Test
    void documentsEveryPublicPathInOpenApi() throws Exception {
        assertThat(get("/v3/api-docs").body()).contains("/api/v1/webhooks/subscriptions",
                "/api/v1/webhooks/subscriptions/{id}/secret/rotate",
                "/api/v1/webhooks/subscriptions/{subscriptionId}/deliveries",
                "/api/v1/webhooks/subscriptions/{subscriptionId}/deliveries/replay",
                "/api/v1/notifications", "/api/v1/notifications/{id}/bounce");
    }
}
