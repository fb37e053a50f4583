package io.serviceops.feedback.survey;

import io.serviceops.feedback.support.LocalizedText;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** One question of a survey version; answers refer to it by {@code key}. */
public record Question(String key, QuestionKind kind, boolean required, LocalizedText text, List<Choice> options) {

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
    }

    Optional<String> problemWith(Object answer) {
        if (QuestionKind.isBlank(answer)) {
            return required ? Optional.of("is required") : Optional.empty();
        }
        return kind.problemWith(answer, optionKeys());
    }

    Set<String> optionKeys() {
        return options.stream().map(Choice::key).collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
