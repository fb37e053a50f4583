package io.serviceops.training;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The one Spring context configuration of every integration test (the infrastructure annotation comes
 * from the subclass), so the context is built once per infrastructure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TrainingTestConfiguration.class)
public abstract class TrainingIntegrationTest {

    @Value("${local.server.port}")
    protected int port;
    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;
    @Autowired
    protected MutableClock clock;

    protected Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }
}
