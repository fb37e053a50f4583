package io.serviceops.feedback.survey;

import io.serviceops.conventions.idempotency.Creation;
import io.serviceops.conventions.idempotency.IdempotencyKey;
import io.serviceops.conventions.problem.NotFound;
import io.serviceops.conventions.problem.StaleVersion;
import io.serviceops.feedback.support.LocalizedText;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Defines, revises and publishes surveys, and finds the version a response answers. */
@Service
public class SurveyCatalog {

    private final Surveys surveys;
    private final Clock clock;

    SurveyCatalog(Surveys surveys, Clock clock) {
        this.surveys = surveys;
        this.clock = clock;
    }

    /**
     * Creates a survey once per caller-scoped key; a retry finds the survey it created, whose stored
     * response ({@code response} renders it) is answered again.
     */
    public Creation<Survey> define(String code, LocalizedText title, List<Question> questions, IdempotencyKey key,
            Function<Survey, String> response) {
        return Creation.once(key, surveys::findByIdempotency_Key, () -> {
            Survey survey = Survey.define(UUID.randomUUID().toString(), code, title, questions, clock.instant());
            if (key.present()) {
                survey.definedUnder(key.answeredWith(response.apply(survey)));
            }
            return surveys.insert(survey);
        });
    }

    public Survey revise(String id, Long expectedVersion, LocalizedText title, List<Question> questions) {
        Survey survey = find(id);
        StaleVersion.check(expectedVersion, survey.version());
        survey.revise(title, questions, clock.instant());
        return surveys.save(survey);
    }

    public Survey publish(String id, Long expectedVersion) {
        Survey survey = find(id);
        StaleVersion.check(expectedVersion, survey.version());
        survey.publish(clock.instant());
        return surveys.save(survey);
    }

    public Survey find(String id) {
        return surveys.findById(id).orElseThrow(() -> new NotFound("Survey", id));
    }

    public Survey findByCode(String code) {
        return surveys.findByCode(code).orElseThrow(() -> new NotFound("Survey", code));
    }

    public Page<Survey> list(Pageable page) {
        return surveys.findAll(page);
    }
}
