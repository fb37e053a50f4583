package io.serviceops.training;

import io.serviceops.testsupport.RealInfrastructure;
import io.serviceops.testsupport.ServiceConventionsContract;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TrainingTestConfiguration.class)
@RealInfrastructure
class TrainingServiceConventionsTest extends ServiceConventionsContract {

    @Override
    protected String jsonPostPath() {
        return "/api/v1/training/programmes";
    }

    @Override
    protected String resourcePath(String id) {
        return "/api/v1/training/programmes/" + id;
    }
}
