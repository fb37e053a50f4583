package io.serviceops.feedback.survey;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What a question asks for, and which answers are valid for it. */
public enum QuestionKind {
    /** Satisfaction, 1 (very dissatisfied) to 5 (very satisfied). */
    RATING(1, 5),
    /** Net promoter score, 0 to 10. */
    NPS(0, 10),
    /** Customer effort, 1 (very easy) to 7 (very hard). */
    EFFORT(1, 7),
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    FREE_TEXT;

    static final int MAX_TEXT = 2000;

    private final Integer min;
    private final Integer max;

    QuestionKind(int min, int max) {
        this.min = min;
        this.max = max;
    }

    QuestionKind() {
        this.min = null;
        this.max = null;
    }

    public boolean isScale() {
        return min != null;
    }

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    /** Why {@code value} is not a valid answer to a question of this kind with these options, if it is not. */
    Optional<String> problemWith(Object value, Set<String> options) {
        if (isScale()) {
            return wholeNumber(value).filter(n -> n >= min && n <= max).isPresent() ? Optional.empty()
                    : Optional.of("must be a whole number from " + min + " to " + max);
        }
        return switch (this) {
            case SINGLE_CHOICE -> value instanceof String choice && options.contains(choice) ? Optional.empty()
                    : Optional.of("must be one of " + options);
            case MULTIPLE_CHOICE -> value instanceof Collection<?> choices && !choices.isEmpty()
                    && options.containsAll(choices) && new HashSet<>(choices).size() == choices.size()
                    ? Optional.empty() : Optional.of("must be a list of distinct values from " + options);
            default -> value instanceof String text && text.length() <= MAX_TEXT ? Optional.empty()
                    : Optional.of("must be text of at most " + MAX_TEXT + " characters");
        };
    }

    static Optional<Integer> wholeNumber(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            long number = ((Number) value).longValue();
            return number == (int) number ? Optional.of((int) number) : Optional.empty();
        }
        return Optional.empty();
    }

    static boolean isBlank(Object value) {
        return value == null || value instanceof String text && text.isBlank()
                || value instanceof List<?> list && list.isEmpty();
    }
}
