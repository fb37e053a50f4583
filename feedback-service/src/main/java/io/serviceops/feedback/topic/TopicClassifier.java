package io.serviceops.feedback.topic;

import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Files a comment under the topic whose keywords it mentions most (zh-CN and English rules alike);
 * a tie goes to the topic listed first. No hit means no opinion.
 */
@Component
public class TopicClassifier {

    private final TopicRules rules;

    TopicClassifier(TopicRules rules) {
        this.rules = rules;
    }

    public Optional<Topic> classify(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String lower = text.toLowerCase(Locale.ROOT);
        Map<Topic, Integer> hits = rules.findAll().stream()
                .collect(Collectors.groupingBy(TopicRule::topic, Collectors.summingInt(rule -> rule.hits(lower))));
        return hits.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .max(Comparator.<Map.Entry<Topic, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(entry -> -entry.getKey().ordinal()))
                .map(Map.Entry::getKey);
    }
}
