package io.serviceops.feedback.survey;

import io.serviceops.conventions.FieldError;
import io.serviceops.conventions.idempotency.IdempotentCreation;
import io.serviceops.conventions.problem.Conflict;
import io.serviceops.conventions.problem.InvalidInput;
import io.serviceops.conventions.problem.NotFound;
import io.serviceops.feedback.support.LocalizedText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A survey an operator maintains: a draft that can change, and the versions published from it,
 * which never change so that every response stays valid against the version it answered.
 */
@Document("surveys")
@CompoundIndex(name = "idempotency_key", def = "{'idempotency.key': 1}", unique = true, sparse = true)
public class Survey {

    @Id
    private String id;
    @Indexed(unique = true)
    private String code;
    private LocalizedText title;
    private List<Question> draft;
    private List<SurveyVersion> versions = new ArrayList<>();
    /** Set when defined under an Idempotency-Key: the caller-scoped key and the response first answered. */
    private IdempotentCreation idempotency;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    Survey() {
    }

    static Survey define(String id, String code, LocalizedText title, List<Question> questions, Instant now) {
        checkQuestions(questions);
        Survey survey = new Survey();
        survey.id = id;
        survey.code = code;
        survey.title = title;
        survey.draft = List.copyOf(questions);
        survey.createdAt = now;
        survey.updatedAt = now;
        return survey;
    }

    void revise(LocalizedText newTitle, List<Question> questions, Instant now) {
        checkQuestions(questions);
        title = newTitle;
        draft = List.copyOf(questions);
        updatedAt = now;
    }

    /** Freezes the current draft as the next version. */
    SurveyVersion publish(Instant now) {
        if (!versions.isEmpty() && latest().questions().equals(draft) && latest().title().equals(title)) {
            throw new Conflict("The draft is identical to version " + latest().number() + "; change it before publishing.");
        }
        SurveyVersion published = new SurveyVersion(versions.size() + 1, title, draft, now);
        versions.add(published);
        updatedAt = now;
        return published;
    }

    public SurveyVersion latest() {
        if (versions.isEmpty()) {
            throw new Conflict("Survey '" + code + "' has no published version yet.");
        }
        return versions.get(versions.size() - 1);
    }

    public SurveyVersion version(int number) {
        if (number < 1 || number > versions.size()) {
            throw new NotFound("Version " + number + " of survey", id);
        }
        return versions.get(number - 1);
    }

    private static void checkQuestions(List<Question> questions) {
        List<FieldError> violations = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            String field = "questions[" + i + "]";
            if (!keys.add(question.key())) {
                violations.add(new FieldError(field + ".key", "repeats the key '" + question.key() + "'"));
            }
            if (question.kind().hasOptions() && question.optionKeys().size() < 2) {
                violations.add(new FieldError(field + ".options", "a choice question needs at least two distinct options"));
            }
            if (!question.kind().hasOptions() && !question.options().isEmpty()) {
                violations.add(new FieldError(field + ".options", "only choice questions have options"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }

    public String id() {
        return id;
    }

    public String code() {
        return code;
    }

    public LocalizedText title() {
        return title;
    }

    public List<Question> draft() {
        return draft;
    }

    public List<SurveyVersion> versions() {
        return List.copyOf(versions);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Long version() {
        return version;
    }

    void definedUnder(IdempotentCreation creation) {
        idempotency = creation;
    }

    public IdempotentCreation idempotency() {
        return idempotency;
    }
}
