package io.serviceops.training.standard;

import io.serviceops.training.TrainingProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes the manuals' own standards on first start (complaint time limits, the two scorecards, the
 * etiquette rules), so a new installation shows what it enforces. Each lives in
 * {@code standards/seed/*.json}; figures owned by complaint-service or kpi-service take the value
 * their events announced, or else the manual's number written beside the text. Present ones are
 * never touched, so edits survive restarts.
 */
@Component
class SeededStandards implements ApplicationRunner {

    /** One seed file: the standard, its sections (Markdown lines) and the manual's figures. */
    record Seed(String id, String title, String ownerDepartment, List<String> departments, List<String> roles,
            List<String> tags, boolean publicDocument, Map<String, String> manualFigures, List<SeedSection> sections) {
    }

    record SeedSection(String key, String heading, List<String> lines) {

        SectionDraft draft() {
            return new SectionDraft(key, heading, String.join("\n", lines));
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Standards standards;
    private final FigureFollowing figures;
    private final StandardProperties properties;
    private final TrainingProperties training;
    private final Clock clock;

    SeededStandards(Standards standards, FigureFollowing figures, StandardProperties properties,
            TrainingProperties training, Clock clock) {
        this.standards = standards;
        this.figures = figures;
        this.properties = properties;
        this.training = training;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!properties.seed()) {
            return;
        }
        Map<String, String> known = figures.known();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(
                "classpath*:standards/seed/*.json")) {
            seed(read(resource), known);
        }
    }

    private void seed(Seed seed, Map<String, String> known) {
        if (standards.existsById(seed.id())) {
            return;
        }
        Map<String, String> values = new HashMap<>(seed.manualFigures());
        values.putAll(known);
        var details = new StandardDetails(seed.title(), seed.ownerDepartment(), seed.departments(), seed.roles(),
                seed.tags(), seed.publicDocument());
        try {
            standards.insert(Standard.seeded(seed.id(), details,
                    seed.sections().stream().map(SeedSection::draft).toList(), values, clock.instant(),
                    training.zone(), properties.reviewInterval()));
        } catch (DuplicateKeyException anotherReplicaSeededIt) {
            // The other replica's seed is the same document.
        }
    }

    private static Seed read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return JSON.readValue(in, Seed.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable seed " + resource, e);
        }
    }
}
