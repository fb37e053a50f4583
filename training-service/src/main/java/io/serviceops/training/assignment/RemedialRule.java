package io.serviceops.training.assignment;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** Maps a weak KPI or a complaint root cause ({@code match}) to the programme that remedies it. */
@Document("remedial_rules")
public class RemedialRule {

    @Id
    private final String id;
    @Version
    private Long version;
    private final RemedialTrigger trigger;
    private final String match;
    private String programmeId;
    private Instant updatedAt;

    @PersistenceCreator
    RemedialRule(String id, RemedialTrigger trigger, String match, String programmeId, Instant updatedAt) {
        this.id = id;
        this.trigger = trigger;
        this.match = match;
        this.programmeId = programmeId;
        this.updatedAt = updatedAt;
    }

    static RemedialRule of(RemedialTrigger trigger, String match, String programmeId, Instant now) {
        return new RemedialRule(idOf(trigger, match), trigger, match, programmeId, now);
    }

    static String idOf(RemedialTrigger trigger, String match) {
        return trigger.name() + ":" + match;
    }

    void pointTo(String programmeId, Instant now) {
        this.programmeId = programmeId;
        this.updatedAt = now;
    }

    public String id() {
        return id;
    }

    public Long version() {
        return version;
    }

    public RemedialTrigger trigger() {
        return trigger;
    }

    public String match() {
        return match;
    }

    public String programmeId() {
        return programmeId;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
