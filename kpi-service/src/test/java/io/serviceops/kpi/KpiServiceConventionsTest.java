package io.serviceops.kpi;

import io.serviceops.testsupport.ServiceConventionsContract;
import java.util.Set;

@KpiServiceTest
class KpiServiceConventionsTest extends ServiceConventionsContract {

    @Override
    protected String jsonPostPath() {
        return "/api/v1/kpi/templates";
    }

    @Override
    protected String resourcePath(String id) {
        return "/api/v1/kpi/templates/" + id;
    }

    /** An alert id is {@code staffId~period~periodStart~templateId}. */
    @Override
    protected Set<String> idsOfAnotherShape() {
        return Set.of("AlertController.get(alertId)");
    }
}
