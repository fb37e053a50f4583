package io.serviceops.feedback.survey.web;

import io.serviceops.feedback.support.LocalizedText;
import io.serviceops.feedback.survey.Choice;
import io.serviceops.feedback.survey.Question;
import io.serviceops.feedback.survey.QuestionKind;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A survey's wording and questions, as an operator writes them. */
record SurveyRequest(
        @NotNull(message = "is required") @Valid LocalizedText title,
        @NotEmpty(message = "must hold at least one question") @Size(max = 50, message = "must hold at most 50 questions")
        List<@Valid @NotNull QuestionRequest> questions) {

    static final String KEY = "^[a-z][A-Za-z0-9_]{0,39}$";
    static final String KEY_MESSAGE = "must start with a lower-case letter and hold at most 40 letters, digits or _";

    record QuestionRequest(
            @NotNull(message = "is required") @Pattern(regexp = KEY, message = KEY_MESSAGE) String key,
            @NotNull(message = "is required") QuestionKind kind,
            @Schema(description = "whether an answer is required; default false") Boolean required,
            @NotNull(message = "is required") @Valid LocalizedText text,
            @Size(max = 30, message = "must hold at most 30 options") List<@Valid @NotNull ChoiceRequest> options) {

        Question toQuestion() {
            List<Choice> choices = options == null ? List.of()
                    : options.stream().map(option -> new Choice(option.key(), option.text())).toList();
            return new Question(key, kind, Boolean.TRUE.equals(required), text, choices);
        }
    }

    record ChoiceRequest(
            @NotNull(message = "is required") @Pattern(regexp = KEY, message = KEY_MESSAGE) String key,
            @NotNull(message = "is required") @Valid LocalizedText text) {
    }

    List<Question> toQuestions() {
        return questions.stream().map(QuestionRequest::toQuestion).toList();
    }
}
