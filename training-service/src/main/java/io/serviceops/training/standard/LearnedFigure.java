package io.serviceops.training.standard;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The latest value of a figure another service owns, as its events announced it (services do not call
 * each other). {@code ownerVersion} is the policy's or template's version, so an older announcement
 * arriving late never replaces a newer one.
 */
@Document("learned_figures")
class LearnedFigure {

    @Id
    private final String key;
    private final String value;
    private final int ownerVersion;
    private final String source;
    private final Instant learnedAt;

    @PersistenceCreator
    LearnedFigure(String key, String value, int ownerVersion, String source, Instant learnedAt) {
        this.key = key;
        this.value = value;
        this.ownerVersion = ownerVersion;
        this.source = source;
        this.learnedAt = learnedAt;
    }

    String key() {
        return key;
    }

    String value() {
        return value;
    }

    int ownerVersion() {
        return ownerVersion;
    }
}
