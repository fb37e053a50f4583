package io.serviceops.complaint;

import io.serviceops.complaint.support.ComplaintServiceTest;
import io.serviceops.testsupport.ServiceConventionsContract;

@ComplaintServiceTest
class ComplaintServiceConventionsTest extends ServiceConventionsContract {

    @Override
    protected String jsonPostPath() {
        return "/api/v1/complaints";
    }

    @Override
    protected String resourcePath(String id) {
        return "/api/v1/complaints/" + id;
    }
}
