package io.serviceops.kpi;

import io.serviceops.testsupport.ServiceConventionsContract;

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
}
