package io.serviceops.feedback.survey;

import io.serviceops.conventions.FieldError;
import io.serviceops.conventions.problem.InvalidInput;
import io.serviceops.feedback.support.LocalizedText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** A published, frozen set of questions; responses are validated against the version they answer. */
public record SurveyVersion(int number, LocalizedText title, List<Question> questions, Instant publishedAt) {

    public SurveyVersion {
        questions = List.copyOf(questions);
    }

    /** Checks every answer against its question and reads the measures out of them. */
    public Ratings validate(Map<String, Object> answers) {
        List<FieldError> violations = new ArrayList<>();
        answers.keySet().stream()
                .filter(key -> questions.stream().noneMatch(question -> question.key().equals(key)))
                .sorted()
                .forEach(key -> violations.add(new FieldError("answers." + key, "is not a question of this survey")));
        questions.forEach(question -> question.problemWith(answers.get(question.key()))
                .ifPresent(problem -> violations.add(new FieldError("answers." + question.key(), problem))));
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
        return new Ratings(first(QuestionKind.RATING, answers), first(QuestionKind.NPS, answers),
                first(QuestionKind.EFFORT, answers), comment(answers));
    }

    private Integer first(QuestionKind kind, Map<String, Object> answers) {
        return questions.stream().filter(question -> question.kind() == kind)
                .map(question -> answers.get(question.key())).filter(Objects::nonNull)
                .map(value -> QuestionKind.wholeNumber(value).orElseThrow()).findFirst().orElse(null);
    }

    private String comment(Map<String, Object> answers) {
        String text = questions.stream().filter(question -> question.kind() == QuestionKind.FREE_TEXT)
                .map(question -> answers.get(question.key())).filter(value -> !QuestionKind.isBlank(value))
                .map(Object::toString).collect(Collectors.joining("\n"));
        return text.isEmpty() ? null : text;
    }
}
