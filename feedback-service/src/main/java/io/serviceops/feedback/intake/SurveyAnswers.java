package io.serviceops.feedback.intake;

import java.util.Map;

/** Answers to a survey, keyed by question; {@code version} null means the latest published one. */
public record SurveyAnswers(String surveyId, Integer version, Map<String, Object> answers) {

    public SurveyAnswers {
        answers = answers == null ? Map.of() : Map.copyOf(answers);
    }
}
