package io.serviceops.training;

import io.serviceops.conventions.clock.AdjustableClock;
import io.serviceops.testsupport.Api;
import io.serviceops.testsupport.RealInfrastructure;
import io.serviceops.training.session.SessionGenerator;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The one Spring context configuration of every integration test on the real broker and store
 * ({@link RealInfrastructure}), so the context is built once per test JVM.
 */
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TrainingTestConfiguration.class)
public abstract class TrainingIntegrationTest {

    @Value("${local.server.port}")
    protected int port;
    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;
    @Autowired
    protected AdjustableClock clock;

    @Autowired
    private SessionGenerator generator;

    protected Api api;

    /** Moves time on and runs the generator pass the hourly schedule would have run meanwhile. */
    protected void advance(Duration duration) {
        clock.advance(duration);
        generator.generateAll();
    }

    @BeforeEach
    void client() {
        api = new Api(port, "training-service").as("TRAINER");
    }
}
