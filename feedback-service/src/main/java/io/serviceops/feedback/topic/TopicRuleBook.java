package io.serviceops.feedback.topic;

import io.serviceops.conventions.problem.NotFound;
import io.serviceops.conventions.problem.StaleVersion;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Maintains the keyword rules operators use to classify feedback. */
@Service
public class TopicRuleBook {

    private final TopicRules rules;
    private final Clock clock;

    TopicRuleBook(TopicRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    public TopicRule add(Topic topic, Language language, List<String> keywords) {
        return rules.insert(TopicRule.create(UUID.randomUUID().toString(), topic, language, keywords, clock.instant()));
    }

    public TopicRule change(String id, Long expectedVersion, Topic topic, Language language, List<String> keywords) {
        TopicRule rule = find(id);
        StaleVersion.check(expectedVersion, rule.version());
        rule.change(topic, language, keywords, clock.instant());
        return rules.save(rule);
    }

    public void remove(String id) {
        rules.delete(find(id));
    }

    public TopicRule find(String id) {
        return rules.findById(id).orElseThrow(() -> new NotFound("Topic rule", id));
    }

    public Page<TopicRule> list(Pageable page) {
        return rules.findAll(page);
    }
}
