package io.serviceops.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.testsupport.ServiceConventionsContract;
import org.junit.jupiter.api.Test;

@ServiceTest
class ServiceConventionsTest extends ServiceConventionsContract {

    @Override
    protected String jsonPostPath() {
        return "/api/v1/feedback";
    }

    @Test
    void exposesTheBusinessMetrics() throws Exception {
        String metrics = get("/actuator/prometheus").body();
        assertThat(metrics).contains("serviceops_survey_response_rate", "serviceops_improvement_overdue");
    }

    @Test
    void documentsEveryPublicPathInOpenApi() throws Exception {
        assertThat(get("/v3/api-docs").body()).contains("/api/v1/surveys", "/api/v1/feedback/analytics/satisfaction",
                "/api/v1/feedback/invitations/{token}", "/api/v1/feedback/topic-rules", "/api/v1/improvement-actions",
                "/api/v1/feedback/export");
    }

    @Override
    protected String resourcePath(String id) {
        return "/api/v1/feedback/" + id;
    }
}
