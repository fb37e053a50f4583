package io.serviceops.feedback.survey;

import io.serviceops.conventions.problem.NotFound;
import io.serviceops.conventions.problem.StaleVersion;
import io.serviceops.feedback.support.LocalizedText;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
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

    /** Creates a survey; a retry with the same idempotency key returns the survey it created. */
    public Survey define(String code, LocalizedText title, List<Question> questions, String idempotencyKey) {
        if (idempotencyKey != null) {
            var existing = surveys.findByIdempotencyKey(idempotencyKey);
            if (existing.isPresent()) {
                return existing.get();
            }
        }
        try {
            return surveys.insert(Survey.define(UUID.randomUUID().toString(), code, title, questions,
                    idempotencyKey, clock.instant()));
        } catch (DuplicateKeyException e) {
            if (idempotencyKey == null) {
                throw e;
            }
            return surveys.findByIdempotencyKey(idempotencyKey).orElseThrow(() -> e);
        }
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
