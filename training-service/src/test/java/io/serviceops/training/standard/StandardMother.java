package io.serviceops.training.standard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/** Standards in a given state, for unit tests. */
final class StandardMother {

    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final Period REVIEW_INTERVAL = Period.ofYears(1);
    static final Caller AUTHOR = new Caller("trainer-li", Set.of("TRAINER"));
    static final Caller DEPARTMENT_REVIEWER = new Caller("supervisor-wang", Set.of("SUPERVISOR"));
    static final Caller EXPERT = new Caller("expert-zhao", Set.of("TRAINER"));

    private StandardMother() {
    }

    static List<Section> sections(String... keyHeadingText) {
        List<SectionDraft> drafts = new java.util.ArrayList<>();
        for (int i = 0; i < keyHeadingText.length; i += 3) {
            drafts.add(new SectionDraft(keyHeadingText[i], keyHeadingText[i + 1], keyHeadingText[i + 2]));
        }
        return SectionWriter.write(drafts);
    }

    static Standard draft() {
        return Standard.draft("std-time-limits", new StandardDetails("投诉处理时限 Complaint time limits",
                        "CUSTOMER_SUPPORT", List.of("CUSTOMER_SUPPORT"), List.of(), List.of("complaints"), true),
                sections("limits", "时限", "服务态度 24 小时内\n产品质量 48 小时内\n其他问题 72 小时内",
                        "steps", "Steps", "Apologise, explain, solve."),
                "drill-complaint-handling", LocalDate.parse("2027-11-23"), AUTHOR, NOW);
    }

    static List<Reviewer> reviewers() {
        return List.of(Reviewer.named(DEPARTMENT_REVIEWER.id(), ReviewerKind.DEPARTMENT, "FRONT_DESK", true),
                Reviewer.named(EXPERT.id(), ReviewerKind.EXPERT, null, true),
                Reviewer.named("optional-chen", ReviewerKind.EXPERT, null, false));
    }

    static Standard published() {
        Standard standard = draft();
        standard.submitForReview(reviewers(), null, AUTHOR, NOW);
        standard.decide(ReviewDecision.APPROVED, null, DEPARTMENT_REVIEWER, NOW, ZONE, REVIEW_INTERVAL);
        standard.decide(ReviewDecision.APPROVED, "ok", EXPERT, NOW, ZONE, REVIEW_INTERVAL);
        return standard;
    }
}
