package io.serviceops.training.assignment;

import io.serviceops.training.TrainingProperties;
import java.time.Clock;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/** Seeds the configured mapping once; later changes made through the API are kept across restarts. */
@Component
@Order(20)
class DefaultRemedialRules implements ApplicationRunner {

    private final RemedialRules rules;
    private final TrainingProperties properties;
    private final Clock clock;

    DefaultRemedialRules(RemedialRules rules, TrainingProperties properties, Clock clock) {
        this.rules = rules;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        seed(RemedialTrigger.PERFORMANCE_ALERT, properties.remedialKpiProgrammes());
        seed(RemedialTrigger.COMPLAINT_ROOT_CAUSE, properties.remedialRootCauseProgrammes());
    }

    private void seed(RemedialTrigger trigger, Map<String, String> mapping) {
        mapping.forEach((match, programmeId) -> {
            if (!rules.existsById(RemedialRule.idOf(trigger, match))) {
                try {
                    rules.insert(RemedialRule.of(trigger, match, programmeId, clock.instant()));
                } catch (DuplicateKeyException anotherReplicaWasFirst) {
                    // seeded already
                }
            }
        });
    }
}
