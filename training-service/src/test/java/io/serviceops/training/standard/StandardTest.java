package io.serviceops.training.standard;

import static io.serviceops.training.standard.StandardMother.AUTHOR;
import static io.serviceops.training.standard.StandardMother.DEPARTMENT_REVIEWER;
import static io.serviceops.training.standard.StandardMother.EXPERT;
import static io.serviceops.training.standard.StandardMother.NOW;
import static io.serviceops.training.standard.StandardMother.REVIEW_INTERVAL;
import static io.serviceops.training.standard.StandardMother.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceops.eventing.outbox.OutboxMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StandardTest {

    private static final Instant LATER = NOW.plus(Duration.ofDays(30));

    @Test
    void aNewStandardIsADraftOfVersionOneNothingInForce() {
        Standard standard = StandardMother.draft();

        assertThat(standard.open()).get().extracting(StandardVersion::number, StandardVersion::status)
                .containsExactly(VersionNumber.FIRST, VersionStatus.DRAFT);
        assertThat(standard.current()).isEmpty();
        assertThat(standard.shownToCustomers()).isFalse();
        assertThat(standard.audit()).singleElement().extracting(AuditEntry::actor, AuditEntry::action)
                .containsExactly("trainer-li", "CREATED");
    }

    @Test
    void submittingNeedsAtLeastOneRequiredReviewer() {
        Standard standard = StandardMother.draft();

        assertThatThrownBy(() -> standard.submitForReview(List.of(Reviewer.named("x", ReviewerKind.EXPERT, null,
                false)), null, AUTHOR, NOW)).isInstanceOf(StandardWorkflowViolated.class);
    }

    @Test
    void publishesOnlyWhenEveryRequiredReviewerApproved() {
        Standard standard = StandardMother.draft();
        standard.submitForReview(StandardMother.reviewers(), null, AUTHOR, NOW);

        standard.decide(ReviewDecision.APPROVED, null, DEPARTMENT_REVIEWER, NOW, ZONE, REVIEW_INTERVAL);
        assertThat(standard.open()).get().extracting(StandardVersion::status).isEqualTo(VersionStatus.IN_REVIEW);
        assertThat(standard.pendingEvents()).isEmpty();

        standard.decide(ReviewDecision.APPROVED, null, EXPERT, LATER, ZONE, REVIEW_INTERVAL);
        StandardVersion published = standard.current().orElseThrow();
        assertThat(published.number()).isEqualTo(VersionNumber.FIRST);
        assertThat(published.publishedAt()).isEqualTo(LATER);
        assertThat(published.effectiveFrom()).isEqualTo(LATER);
        assertThat(standard.open()).isEmpty();
        assertThat(standard.reviewDue()).isEqualTo(LocalDate.parse("2027-12-23"));
        assertThat(standard.pendingEvents()).extracting(OutboxMessage::type).containsExactly("StandardPublished");
        assertThat(standard.audit()).extracting(AuditEntry::action)
                .containsExactly("CREATED", "SUBMITTED", "APPROVED", "APPROVED", "PUBLISHED");
        assertThat(standard.audit().get(4).actor()).isEqualTo("expert-zhao");
    }

    @Test
    void aRequestForChangesSendsTheVersionBackToDraftWithTheComment() {
        Standard standard = StandardMother.draft();
        standard.submitForReview(StandardMother.reviewers(), null, AUTHOR, NOW);

        standard.decide(ReviewDecision.CHANGES_REQUESTED, "add the warranty rules", DEPARTMENT_REVIEWER, NOW, ZONE,
                REVIEW_INTERVAL);

        assertThat(standard.open()).get().extracting(StandardVersion::status).isEqualTo(VersionStatus.DRAFT);
        AuditEntry last = standard.audit().get(standard.audit().size() - 1);
        assertThat(last).extracting(AuditEntry::action, AuditEntry::from, AuditEntry::to, AuditEntry::comment)
                .containsExactly("CHANGES_REQUESTED", VersionStatus.IN_REVIEW, VersionStatus.DRAFT,
                        "add the warranty rules");
        assertThat(last.actorRoles()).containsExactly("SUPERVISOR");
    }

    @Test
    void onlyNamedReviewersDecide() {
        Standard standard = StandardMother.draft();
        standard.submitForReview(StandardMother.reviewers(), null, AUTHOR, NOW);

        assertThatThrownBy(() -> standard.decide(ReviewDecision.APPROVED, null, new Caller("stranger",
                Set.of("SUPERVISOR")), NOW, ZONE, REVIEW_INTERVAL)).isInstanceOf(NotANamedReviewer.class);
    }

    @Test
    void aDraftCannotBeDecidedOnNorAPublishedVersionEdited() {
        Standard draft = StandardMother.draft();
        assertThatThrownBy(() -> draft.decide(ReviewDecision.APPROVED, null, EXPERT, NOW, ZONE, REVIEW_INTERVAL))
                .isInstanceOf(StandardWorkflowViolated.class).hasMessageContaining("IN_REVIEW");

        Standard published = StandardMother.published();
        assertThatThrownBy(() -> published.rewriteDraft(StandardMother.sections("a", "A", "x"), null, null, AUTHOR,
                NOW)).isInstanceOf(StandardWorkflowViolated.class);
    }

    @Test
    void theNextPublishedVersionSupersedesTheCurrentOne() {
        Standard standard = StandardMother.published();
        standard.openRevision(true, "re-learn", AUTHOR, LATER);
        assertThat(standard.open()).get().extracting(StandardVersion::number).isEqualTo(new VersionNumber(2, 0));
        assertThatThrownBy(() -> standard.openRevision(false, null, AUTHOR, LATER))
                .isInstanceOf(StandardWorkflowViolated.class);
        standard.submitForReview(StandardMother.reviewers(), LATER.plus(Duration.ofDays(7)), AUTHOR, LATER);
        standard.decide(ReviewDecision.APPROVED, null, DEPARTMENT_REVIEWER, LATER, ZONE, REVIEW_INTERVAL);
        standard.decide(ReviewDecision.APPROVED, null, EXPERT, LATER, ZONE, REVIEW_INTERVAL);

        assertThat(standard.current()).get().extracting(StandardVersion::number, StandardVersion::effectiveFrom)
                .containsExactly(new VersionNumber(2, 0), LATER.plus(Duration.ofDays(7)));
        assertThat(standard.version(VersionNumber.FIRST)).get()
                .extracting(StandardVersion::status, StandardVersion::endedAt)
                .containsExactly(VersionStatus.SUPERSEDED, LATER);
        assertThat(standard.pendingEvents()).extracting(OutboxMessage::type)
                .containsExactly("StandardPublished", "StandardSuperseded", "StandardPublished");
    }

    @Test
    void aMinorRevisionKeepsTheMajorVersionsConfirmationDate() {
        Standard standard = StandardMother.published();
        standard.openRevision(false, "wording", AUTHOR, LATER);
        standard.submitForReview(StandardMother.reviewers(), null, AUTHOR, LATER);
        standard.decide(ReviewDecision.APPROVED, null, DEPARTMENT_REVIEWER, LATER, ZONE, REVIEW_INTERVAL);
        standard.decide(ReviewDecision.APPROVED, null, EXPERT, LATER, ZONE, REVIEW_INTERVAL);

        assertThat(standard.current()).get().extracting(StandardVersion::number).isEqualTo(new VersionNumber(1, 1));
        assertThat(standard.majorEffectiveFrom()).contains(NOW);
    }

    @Test
    void retiringEndsThePublishedAndTheOpenVersion() {
        Standard standard = StandardMother.published();
        standard.openRevision(false, null, AUTHOR, LATER);

        standard.retire("replaced by the group charter", AUTHOR, LATER);

        assertThat(standard.versions()).extracting(StandardVersion::status)
                .containsExactly(VersionStatus.RETIRED, VersionStatus.RETIRED);
        assertThat(standard.current()).isEmpty();
        assertThat(standard.shownToCustomers()).isFalse();
        assertThatThrownBy(() -> standard.openRevision(true, null, AUTHOR, LATER))
                .isInstanceOf(StandardWorkflowViolated.class);
    }

    @Test
    void aSeededStandardFollowsItsFiguresIntoADraftRevisionOnce() {
        Standard seeded = Standard.seeded("std-limits", StandardMother.draft().details(), List.of(
                new SectionDraft("limits", "时限", "服务态度 {{sla:SERVICE_ATTITUDE:resolution-hours}} 小时内")),
                java.util.Map.of("sla:SERVICE_ATTITUDE:resolution-hours", "24"), NOW, ZONE, REVIEW_INTERVAL);
        Caller complaints = new Caller("complaint-service", Set.of());
        assertThat(seeded.current().orElseThrow().sections().get(0).markdown()).isEqualTo("服务态度 24 小时内");

        assertThat(seeded.follow(java.util.Map.of("sla:SERVICE_ATTITUDE:resolution-hours", "24"), complaints, LATER))
                .isFalse();
        assertThat(seeded.follow(java.util.Map.of("sla:SERVICE_ATTITUDE:resolution-hours", "12",
                "sla:OTHER:resolution-hours", "60"), complaints, LATER)).isTrue();

        StandardVersion draft = seeded.open().orElseThrow();
        assertThat(draft.number()).isEqualTo(new VersionNumber(2, 0));
        assertThat(draft.sections().get(0).markdown()).isEqualTo("服务态度 12 小时内");
        assertThat(seeded.current().orElseThrow().sections().get(0).markdown()).isEqualTo("服务态度 24 小时内");
        assertThat(seeded.follow(java.util.Map.of("sla:SERVICE_ATTITUDE:resolution-hours", "12"), complaints, LATER))
                .isFalse();
        assertThat(seeded.follow(java.util.Map.of("sla:SERVICE_ATTITUDE:resolution-hours", "8"), complaints, LATER))
                .isTrue();
        assertThat(seeded.audit()).extracting(AuditEntry::action).endsWith("REVISION_OPENED", "FIGURES_CHANGED");
        assertThat(seeded.open().orElseThrow().sections().get(0).markdown()).isEqualTo("服务态度 12 小时内");
    }
}
