package io.serviceops.feedback.survey;

import io.serviceops.feedback.support.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes sure the surveys the service itself relies on exist and are published, e.g. the
 * post-resolution satisfaction survey. The survey id is its code, so replicas starting together
 * insert it once and the others see a duplicate key.
 */
@Component
class SurveySeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SurveySeeder.class);
    private static final String SEED = "seed/surveys.json";

    private final Surveys surveys;
    private final JsonMapper json;
    private final Clock clock;

    SurveySeeder(Surveys surveys, JsonMapper json, Clock clock) {
        this.surveys = surveys;
        this.json = json;
        this.clock = clock;
    }

    record SeedSurvey(String code, LocalizedText title, List<Question> questions) {
    }

    @Override
    public void run(ApplicationArguments args) {
        for (SeedSurvey seed : read()) {
            if (surveys.findByCode(seed.code()).isEmpty()) {
                Survey survey = Survey.define(seed.code(), seed.code(), seed.title(), seed.questions(), clock.instant());
                survey.publish(clock.instant());
                try {
                    surveys.insert(survey);
                    log.info("Seeded survey '{}'", seed.code());
                } catch (DuplicateKeyException anotherReplicaWasFaster) {
                    log.debug("Survey '{}' was seeded meanwhile", seed.code());
                }
            }
        }
    }

    private List<SeedSurvey> read() {
        try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
            return List.of(json.readValue(in, SeedSurvey[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
