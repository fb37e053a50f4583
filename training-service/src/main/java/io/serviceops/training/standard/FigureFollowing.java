package io.serviceops.training.standard;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Keeps the figures other services announced and the standards that state them in step: a newer
 * announcement is stored, and every seeded standard stating a changed figure opens a draft revision.
 */
@Service
class FigureFollowing {

    private static final int ATTEMPTS = 3;

    private final LearnedFigures learned;
    private final Standards standards;
    private final Clock clock;

    FigureFollowing(LearnedFigures learned, Standards standards, Clock clock) {
        this.learned = learned;
        this.standards = standards;
        this.clock = clock;
    }

    /** What is known of each figure; the caller supplies the manuals' numbers for the rest. */
    Map<String, String> known() {
        return learned.findAll().stream().collect(Collectors.toMap(LearnedFigure::key, LearnedFigure::value));
    }

    void learn(Map<String, String> figures, int ownerVersion, String owner) {
        Instant now = clock.instant();
        Map<String, String> newer = new HashMap<>();
        figures.forEach((key, value) -> {
            var previous = learned.findById(key);
            if (previous.isEmpty() || previous.get().ownerVersion() <= ownerVersion) {
                learned.save(new LearnedFigure(key, value, ownerVersion, owner + " v" + ownerVersion, now));
                newer.put(key, value);
            }
        });
        if (newer.isEmpty()) {
            return;
        }
        Caller source = new Caller(owner, Set.of());
        for (Standard standard : standards.findByFigureTextKeysIn(List.copyOf(newer.keySet()))) {
            followWithRetry(standard.id(), newer, source, now);
        }
    }

    /** An author may save the same standard meanwhile; the figure change is applied to the fresh copy. */
    private void followWithRetry(String id, Map<String, String> figures, Caller source, Instant now) {
        for (int attempt = 1; ; attempt++) {
            Standard standard = standards.findById(id).orElseThrow();
            try {
                if (standard.follow(figures, source, now)) {
                    standards.save(standard);
                }
                return;
            } catch (OptimisticLockingFailureException concurrentEdit) {
                if (attempt == ATTEMPTS) {
                    throw concurrentEdit;
                }
            }
        }
    }
}
