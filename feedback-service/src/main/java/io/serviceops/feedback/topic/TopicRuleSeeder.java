package io.serviceops.feedback.topic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts an empty rule book with keywords for the manuals' three topics, in zh-CN and English. Only
 * an empty book is seeded, so operators' edits are never overwritten; seed rules carry fixed ids, so
 * two replicas starting together write the same documents rather than copies.
 */
@Component
class TopicRuleSeeder implements ApplicationRunner {

    private static final String SEED = "seed/topic-rules.json";

    private final TopicRules rules;
    private final JsonMapper json;
    private final Clock clock;

    TopicRuleSeeder(TopicRules rules, JsonMapper json, Clock clock) {
        this.rules = rules;
        this.json = json;
        this.clock = clock;
    }

    record SeedRule(String id, Topic topic, Language language, List<String> keywords) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (rules.count() > 0) {
            return;
        }
        read().forEach(seed -> rules.save(
                TopicRule.create(seed.id(), seed.topic(), seed.language(), seed.keywords(), clock.instant())));
    }

    private List<SeedRule> read() {
        try (InputStream in = new ClassPathResource(SEED).getInputStream()) {
            return List.of(json.readValue(in, SeedRule[].class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
