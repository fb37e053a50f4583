package io.serviceops.feedback.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceops.conventions.FieldError;
import io.serviceops.conventions.problem.InvalidInput;
import io.serviceops.feedback.support.LocalizedText;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurveyVersionTest {

    static final LocalizedText TEXT = new LocalizedText("问题", "Question");
    static final List<Choice> OPTIONS = List.of(new Choice("a", TEXT), new Choice("b", TEXT));

    static final SurveyVersion VERSION = new SurveyVersion(1, TEXT, List.of(
            new Question("sat", QuestionKind.RATING, true, TEXT, List.of()),
            new Question("nps", QuestionKind.NPS, false, TEXT, List.of()),
            new Question("effort", QuestionKind.EFFORT, false, TEXT, List.of()),
            new Question("one", QuestionKind.SINGLE_CHOICE, false, TEXT, OPTIONS),
            new Question("many", QuestionKind.MULTIPLE_CHOICE, false, TEXT, OPTIONS),
            new Question("why", QuestionKind.FREE_TEXT, false, TEXT, List.of())), Instant.EPOCH);

    static List<String> problems(Map<String, Object> answers) {
        try {
            VERSION.validate(answers);
            return List.of();
        } catch (InvalidInput e) {
            return e.errors().stream().map(FieldError::field).toList();
        }
    }

    @Test
    void readsTheMeasuresOutOfValidAnswers() {
        Ratings ratings = VERSION.validate(Map.of("sat", 5, "nps", 0, "effort", 7, "one", "a",
                "many", List.of("a", "b"), "why", "fast"));

        assertThat(ratings).isEqualTo(new Ratings(5, 0, 7, "fast"));
    }

    @Test
    void acceptsTheBoundsOfEveryScale() {
        assertThat(problems(Map.of("sat", 1, "nps", 10, "effort", 1))).isEmpty();
    }

    @Test
    void refusesValuesOutsideEachScale() {
        assertThat(problems(Map.of("sat", 0, "nps", 11, "effort", 8)))
                .containsExactlyInAnyOrder("answers.sat", "answers.nps", "answers.effort");
    }

    @Test
    void refusesFractionsAndTextOnScales() {
        assertThat(problems(Map.of("sat", 4.5, "nps", "9"))).containsExactlyInAnyOrder("answers.sat", "answers.nps");
    }

    @Test
    void refusesChoicesThatAreNotOptions() {
        assertThat(problems(Map.of("sat", 3, "one", "c", "many", List.of("a", "a"))))
                .containsExactlyInAnyOrder("answers.one", "answers.many");
        assertThat(problems(Map.of("sat", 3, "one", List.of("a"), "many", "a")))
                .containsExactlyInAnyOrder("answers.one", "answers.many");
    }

    @Test
    void requiresRequiredQuestionsAndOnlyThem() {
        assertThat(problems(Map.of("why", "x"))).containsExactly("answers.sat");
        assertThat(problems(Map.of("sat", 3))).isEmpty();
    }

    @Test
    void refusesAnswersToQuestionsTheVersionDoesNotHave() {
        assertThat(problems(Map.of("sat", 3, "$where", 1))).containsExactly("answers.$where");
    }

    @Test
    void refusesOverlongText() {
        assertThat(problems(Map.of("sat", 3, "why", "x".repeat(QuestionKind.MAX_TEXT + 1)))).containsExactly("answers.why");
    }

    @Test
    void aSurveyRefusesDuplicateKeysAndChoiceQuestionsWithoutOptions() {
        assertThatThrownBy(() -> Survey.define("id", "code", TEXT, List.of(
                new Question("q", QuestionKind.RATING, true, TEXT, List.of()),
                new Question("q", QuestionKind.SINGLE_CHOICE, true, TEXT, List.of())), Instant.EPOCH))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("questions[1].key", "questions[1].options"));
    }
}
