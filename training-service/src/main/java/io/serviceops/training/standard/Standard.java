package io.serviceops.training.standard;

import io.serviceops.eventing.outbox.OutboxAggregate;
import io.serviceops.events.training.StandardPublished;
import io.serviceops.events.training.StandardSuperseded;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A service standard (服务标准) and all its versions. It owns its workflow — DRAFT → IN_REVIEW →
 * PUBLISHED → SUPERSEDED or RETIRED — records every step in its audit with the caller, and stores the
 * events of publication with the change (outbox). At most one version is open (DRAFT or IN_REVIEW) and
 * at most one is PUBLISHED; {@code searchTokens} are those of the published version.
 */
@Document("standards")
public class Standard extends OutboxAggregate {

    @Id
    private final String id;
    @Version
    private Long version;
    private StandardDetails details;
    @Indexed
    private LocalDate reviewDue;
    @Indexed
    private boolean inForce;
    private boolean retired;
    private final List<StandardVersion> versions;
    private final List<AuditEntry> audit;
    @Indexed
    private List<String> searchTokens;
    /** Seeded standards only: figures other services own, and where the text states them. */
    private FigureText figureText;

    @PersistenceCreator
    Standard(String id, StandardDetails details, LocalDate reviewDue, boolean inForce, boolean retired,
            List<StandardVersion> versions, List<AuditEntry> audit, List<String> searchTokens, FigureText figureText) {
        this.id = id;
        this.details = details;
        this.reviewDue = reviewDue;
        this.inForce = inForce;
        this.retired = retired;
        this.versions = new ArrayList<>(versions);
        this.audit = new ArrayList<>(audit);
        this.searchTokens = searchTokens == null ? List.of() : searchTokens;
        this.figureText = figureText;
    }

    static Standard draft(String id, StandardDetails details, List<Section> sections, String programmeId,
            LocalDate reviewDue, Caller caller, Instant at) {
        var standard = new Standard(id, details, reviewDue, false, false, List.of(), List.of(), List.of(), null);
        standard.versions.add(StandardVersion.draft(VersionNumber.FIRST, sections, programmeId, null, at, caller.id()));
        standard.audit.add(AuditEntry.of(at, caller, "CREATED", VersionNumber.FIRST, null, VersionStatus.DRAFT, null));
        return standard;
    }

    /**
     * A standard the product ships (the manuals' own rules): version 1.0 published at once, its figures
     * filled in from what the owning services announced, or the manuals' numbers where nothing was heard yet.
     */
    static Standard seeded(String id, StandardDetails details, List<SectionDraft> template,
            Map<String, String> figures, Instant at, ZoneId zone, Period reviewInterval) {
        var standard = new Standard(id, details, null, false, false, List.of(), List.of(), List.of(),
                FigureText.of(template, figures));
        StandardVersion first = StandardVersion.draft(VersionNumber.FIRST,
                SectionWriter.write(standard.figureText.render()), null, "seeded", at, Caller.SYSTEM.id());
        standard.versions.add(first);
        standard.audit.add(AuditEntry.of(at, Caller.SYSTEM, "SEEDED", VersionNumber.FIRST, null, VersionStatus.DRAFT,
                "figures " + standard.figureText.stated()));
        standard.publish(first, Caller.SYSTEM, at, zone, reviewInterval);
        return standard;
    }

    /**
     * The owner of a figure this standard states changed it (an SLA policy or a scorecard template was
     * revised): a major revision is opened as a DRAFT with the new figures, for authors to review and
     * publish. With a revision already open the change is only noted in the audit, so no author's
     * work is overwritten. Returns whether anything changed.
     */
    boolean follow(Map<String, String> latest, Caller source, Instant at) {
        List<String> changed = figureText == null || retired ? List.of() : figureText.changedBy(latest);
        if (changed.isEmpty()) {
            return false;
        }
        String note = figureText.describe(changed, latest);
        if (open().isPresent()) {
            StandardVersion revision = open().get();
            audit.add(AuditEntry.of(at, source, "FIGURES_CHANGED", revision.number(), revision.status(),
                    revision.status(), note));
            return true;
        }
        figureText = figureText.with(latest);
        StandardVersion revision = openRevision(true, "Figures changed by their owner: " + note, source, at);
        revision.rewrite(SectionWriter.write(figureText.render()), revision.programmeId(), revision.changeNote());
        return true;
    }

    void describe(StandardDetails newDetails, LocalDate newReviewDue, Caller caller, Instant at) {
        this.details = newDetails;
        this.reviewDue = newReviewDue;
        audit.add(AuditEntry.of(at, caller, "DETAILS_CHANGED", null, null, null, null));
        refreshTokens();
    }

    void rewriteDraft(List<Section> sections, String programmeId, String changeNote, Caller caller, Instant at) {
        StandardVersion draft = openVersion(VersionStatus.DRAFT, "edit");
        draft.rewrite(sections, programmeId, changeNote);
        audit.add(AuditEntry.of(at, caller, "DRAFT_EDITED", draft.number(), VersionStatus.DRAFT, VersionStatus.DRAFT,
                changeNote));
    }

    /** Starts the next version from the published one; only one revision is open at a time. */
    StandardVersion openRevision(boolean major, String changeNote, Caller caller, Instant at) {
        notRetired();
        if (open().isPresent()) {
            throw new StandardWorkflowViolated("Standard '" + id + "' already has version " + open().get().number()
                    + " open; edit or finish it instead.");
        }
        StandardVersion base = current().orElseThrow(() -> new StandardWorkflowViolated(
                "Standard '" + id + "' has no published version to revise."));
        StandardVersion revision = StandardVersion.draft(latest().number().next(major), base.sections(),
                base.programmeId(), changeNote, at, caller.id());
        versions.add(revision);
        audit.add(AuditEntry.of(at, caller, "REVISION_OPENED", revision.number(), null, VersionStatus.DRAFT,
                changeNote));
        return revision;
    }

    void submitForReview(List<Reviewer> reviewers, Instant effectiveFrom, Caller caller, Instant at) {
        if (reviewers.stream().noneMatch(Reviewer::required)) {
            throw new StandardWorkflowViolated("A review needs at least one required reviewer.");
        }
        StandardVersion draft = openVersion(VersionStatus.DRAFT, "submit for review");
        draft.submit(reviewers, effectiveFrom);
        audit.add(AuditEntry.of(at, caller, "SUBMITTED", draft.number(), VersionStatus.DRAFT, VersionStatus.IN_REVIEW,
                "reviewers " + reviewers.stream().map(Reviewer::reviewerId).toList()));
    }

    /**
     * A named reviewer's decision. Changes requested send the version back to DRAFT (the comment says
     * why); the last required approval publishes it, superseding the version in force.
     */
    void decide(ReviewDecision decision, String comment, Caller caller, Instant at, ZoneId zone,
            Period reviewInterval) {
        StandardVersion inReview = openVersion(VersionStatus.IN_REVIEW, "decide on");
        Reviewer reviewer = inReview.reviewer(caller.id()).orElseThrow(() -> new NotANamedReviewer(caller.id(), id));
        inReview.record(reviewer.decided(decision, comment, at));
        if (decision == ReviewDecision.CHANGES_REQUESTED) {
            inReview.returnToDraft();
            audit.add(AuditEntry.of(at, caller, "CHANGES_REQUESTED", inReview.number(), VersionStatus.IN_REVIEW,
                    VersionStatus.DRAFT, comment));
            return;
        }
        audit.add(AuditEntry.of(at, caller, "APPROVED", inReview.number(), VersionStatus.IN_REVIEW,
                VersionStatus.IN_REVIEW, comment));
        if (inReview.allRequiredApproved()) {
            publish(inReview, caller, at, zone, reviewInterval);
        }
    }

    private void publish(StandardVersion approved, Caller caller, Instant at, ZoneId zone,
            Period reviewInterval) {
        current().ifPresent(previous -> {
            previous.end(VersionStatus.SUPERSEDED, at);
            audit.add(AuditEntry.of(at, caller, "SUPERSEDED", previous.number(), VersionStatus.PUBLISHED,
                    VersionStatus.SUPERSEDED, "by " + approved.number()));
            record(new StandardSuperseded(id, previous.number().major(), previous.number().minor(),
                    approved.number().major(), approved.number().minor(), at), at);
        });
        VersionStatus from = approved.status();
        approved.publish(at);
        inForce = true;
        reviewDue = LocalDate.ofInstant(at, zone).plus(reviewInterval);
        refreshTokens();
        audit.add(AuditEntry.of(at, caller, "PUBLISHED", approved.number(), from, VersionStatus.PUBLISHED,
                "effective from " + approved.effectiveFrom()));
        record(new StandardPublished(id, details.title(), approved.number().major(), approved.number().minor(),
                details.ownerDepartment(), details.departments(), details.roles(), approved.programmeId(),
                details.publicDocument(), approved.effectiveFrom(), at, caller.id()), at);
    }

    /** Withdraws the standard: the version in force and any open revision end; nothing replaces them. */
    void retire(String reason, Caller caller, Instant at) {
        notRetired();
        Stream.concat(current().stream(), open().stream()).toList().forEach(ending -> {
            VersionStatus from = ending.status();
            ending.end(VersionStatus.RETIRED, at);
            audit.add(AuditEntry.of(at, caller, "RETIRED", ending.number(), from, VersionStatus.RETIRED, reason));
        });
        retired = true;
        inForce = false;
        refreshTokens();
    }

    private void notRetired() {
        if (retired) {
            throw new StandardWorkflowViolated("Standard '" + id + "' is retired.");
        }
    }

    private StandardVersion openVersion(VersionStatus expected, String action) {
        notRetired();
        return open().filter(version -> version.status() == expected).orElseThrow(() ->
                new StandardWorkflowViolated("Cannot " + action + " standard '" + id + "': it has no version in "
                        + expected + "."));
    }

    private void refreshTokens() {
        searchTokens = current().map(published -> Stream.concat(SearchTokens.of(details.title()).stream(),
                        published.sections().stream().flatMap(section -> section.tokens().stream()))
                .distinct().sorted().toList()).orElse(List.of());
    }

    /** Public and in force: what the public endpoint may show (its published version only). */
    public boolean shownToCustomers() {
        return inForce && details.publicDocument();
    }

    public Optional<StandardVersion> current() {
        return versions.stream().filter(version -> version.status() == VersionStatus.PUBLISHED).findFirst();
    }

    public Optional<StandardVersion> open() {
        return versions.stream().filter(version -> version.status().open()).findFirst();
    }

    public Optional<StandardVersion> version(VersionNumber number) {
        return versions.stream().filter(version -> version.number().equals(number)).findFirst();
    }

    /** When the staff's confirmation of the current major version has been due: its first publication. */
    public Optional<Instant> majorEffectiveFrom() {
        return current().flatMap(published -> versions.stream()
                .filter(version -> version.number().major() == published.number().major()
                        && version.effectiveFrom() != null)
                .map(StandardVersion::effectiveFrom).min(Comparator.naturalOrder()));
    }

    private StandardVersion latest() {
        return versions.stream().max(Comparator.comparing(StandardVersion::number)).orElseThrow();
    }

    public String id() {
        return id;
    }

    public Long version() {
        return version;
    }

    public StandardDetails details() {
        return details;
    }

    public LocalDate reviewDue() {
        return reviewDue;
    }

    public boolean retired() {
        return retired;
    }

    public List<StandardVersion> versions() {
        return List.copyOf(versions);
    }

    public List<AuditEntry> audit() {
        return List.copyOf(audit);
    }

    public FigureText figureText() {
        return figureText;
    }
}
