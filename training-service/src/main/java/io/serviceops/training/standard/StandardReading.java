package io.serviceops.training.standard;

import io.serviceops.training.TrainingProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/** Finding standards: full-text search of the versions in force, and standards whose review is overdue. */
@Service
public class StandardReading {

    /** A standard in force and the sections of its published version that hold every query token. */
    public record Hit(Standard standard, List<Section> sections) {
    }

    private final Standards standards;
    private final TrainingProperties training;
    private final Clock clock;

    StandardReading(Standards standards, TrainingProperties training, Clock clock) {
        this.standards = standards;
        this.training = training;
        this.clock = clock;
    }

    /** Chinese or English: the query is tokenised like the sections; a hit holds all its tokens. */
    public List<Hit> search(String query) {
        List<String> tokens = SearchTokens.of(query);
        if (tokens.isEmpty()) {
            return List.of();
        }
        return standards.findInForceWithAllTokens(tokens).stream()
                .map(standard -> new Hit(standard, standard.current().orElseThrow().sections().stream()
                        .filter(section -> section.matchesAll(tokens)).toList()))
                .sorted(Comparator.comparing((Hit hit) -> -hit.sections().size())
                        .thenComparing(hit -> hit.standard().id()))
                .toList();
    }

    public List<Standard> reviewsOverdue() {
        return standards.findByRetiredFalseAndReviewDueBeforeOrderByReviewDue(today());
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), training.zone());
    }
}
