package io.serviceops.training.standard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.PersistenceCreator;

/** One version of a standard: its sections, the programme it names, its review round and its dates. */
public class StandardVersion {

    private final VersionNumber number;
    private VersionStatus status;
    private List<Section> sections;
    private String programmeId;
    private String changeNote;
    private List<Reviewer> reviewers;
    private Instant requestedEffectiveFrom;
    private final Instant createdAt;
    private final String createdBy;
    private Instant effectiveFrom;
    private Instant publishedAt;
    private Instant endedAt;

    @PersistenceCreator
    StandardVersion(VersionNumber number, VersionStatus status, List<Section> sections, String programmeId,
            String changeNote, List<Reviewer> reviewers, Instant requestedEffectiveFrom, Instant createdAt,
            String createdBy, Instant effectiveFrom, Instant publishedAt, Instant endedAt) {
        this.number = number;
        this.status = status;
        this.sections = List.copyOf(sections);
        this.programmeId = programmeId;
        this.changeNote = changeNote;
        this.reviewers = reviewers == null ? List.of() : List.copyOf(reviewers);
        this.requestedEffectiveFrom = requestedEffectiveFrom;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.effectiveFrom = effectiveFrom;
        this.publishedAt = publishedAt;
        this.endedAt = endedAt;
    }

    static StandardVersion draft(VersionNumber number, List<Section> sections, String programmeId, String changeNote,
            Instant at, String by) {
        return new StandardVersion(number, VersionStatus.DRAFT, sections, programmeId, changeNote, List.of(), null, at,
                by, null, null, null);
    }

    void rewrite(List<Section> newSections, String newProgrammeId, String newChangeNote) {
        this.sections = List.copyOf(newSections);
        this.programmeId = newProgrammeId;
        this.changeNote = newChangeNote;
    }

    void submit(List<Reviewer> named, Instant effectiveFrom) {
        this.reviewers = List.copyOf(named);
        this.requestedEffectiveFrom = effectiveFrom;
        this.status = VersionStatus.IN_REVIEW;
    }

    void record(Reviewer decided) {
        List<Reviewer> updated = new ArrayList<>(reviewers);
        updated.replaceAll(reviewer -> reviewer.reviewerId().equals(decided.reviewerId()) ? decided : reviewer);
        this.reviewers = List.copyOf(updated);
    }

    void returnToDraft() {
        this.status = VersionStatus.DRAFT;
    }

    boolean allRequiredApproved() {
        return reviewers.stream().filter(Reviewer::required).allMatch(Reviewer::approved);
    }

    Optional<Reviewer> reviewer(String reviewerId) {
        return reviewers.stream().filter(reviewer -> reviewer.reviewerId().equals(reviewerId)).findFirst();
    }

    /** In force from the date the author asked for, never before it was approved. */
    void publish(Instant at) {
        this.status = VersionStatus.PUBLISHED;
        this.publishedAt = at;
        this.effectiveFrom = requestedEffectiveFrom != null && requestedEffectiveFrom.isAfter(at)
                ? requestedEffectiveFrom : at;
    }

    void end(VersionStatus ending, Instant at) {
        this.status = ending;
        this.endedAt = at;
    }

    public VersionNumber number() {
        return number;
    }

    public VersionStatus status() {
        return status;
    }

    public List<Section> sections() {
        return sections;
    }

    public String programmeId() {
        return programmeId;
    }

    public String changeNote() {
        return changeNote;
    }

    public List<Reviewer> reviewers() {
        return reviewers;
    }

    public Instant requestedEffectiveFrom() {
        return requestedEffectiveFrom;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant effectiveFrom() {
        return effectiveFrom;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }
}
