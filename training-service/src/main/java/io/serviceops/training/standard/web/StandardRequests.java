package io.serviceops.training.standard.web;

import io.serviceops.training.standard.ReviewDecision;
import io.serviceops.training.standard.Reviewer;
import io.serviceops.training.standard.ReviewerKind;
import io.serviceops.training.standard.SectionDraft;
import io.serviceops.training.standard.StandardDetails;
import io.serviceops.ids.Ids;
import io.serviceops.conventions.problem.InvalidInput;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

/** The request bodies of the standards API. */
final class StandardRequests {

    private StandardRequests() {
    }

    record SectionRequest(
            @NotBlank(message = "is required") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
            @Schema(example = "time-limits", description = "Stable key: sections are compared across versions by it")
            String key,
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
            @Schema(example = "处理时限 Time limits") String heading,
            @NotNull(message = "is required") @Size(max = 20_000, message = "must be at most 20000 characters")
            @Schema(example = "| 投诉类型 | 时限 |\n|---|---|\n| 服务态度 | 24 小时 |",
                    description = "Markdown; scripts, event handlers and javascript: links are removed on the way in")
            String markdown) {

        SectionDraft toDraft() {
            return new SectionDraft(key, heading, markdown);
        }

        static List<SectionDraft> drafts(List<SectionRequest> sections) {
            var keys = new HashSet<String>();
            for (SectionRequest section : sections) {
                if (!keys.add(section.key())) {
                    throw new InvalidInput("sections", "keys must be unique; '" + section.key()
                            + "' appears twice");
                }
            }
            return sections.stream().map(SectionRequest::toDraft).toList();
        }
    }

    record DetailsRequest(
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters")
            @Schema(example = "投诉处理时限 Complaint time limits") String title,
            @NotBlank(message = "is required") @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
            @Schema(example = "CUSTOMER_SUPPORT") String ownerDepartment,
            @Size(max = 50) @Schema(example = "[\"CUSTOMER_SUPPORT\", \"FRONT_DESK\"]",
                    description = "Departments it applies to; empty = every department")
            List<@Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) String> departments,
            @Size(max = 50) @Schema(example = "[]", description = "Roles it applies to; empty = every role")
            List<@Size(max = 60, message = "must be at most 60 characters") String> roles,
            @Size(max = 30) @Schema(example = "[\"complaints\", \"投诉\"]")
            List<@NotBlank @Size(max = 40, message = "must be at most 40 characters") String> tags,
            @Schema(example = "true", description = "Published versions are readable without login (公示透明); "
                    + "default false") Boolean publicDocument,
            @Schema(example = "2027-12-01", description = "Review date; default: one year after publication")
            LocalDate reviewDue) {

        StandardDetails toDetails() {
            return new StandardDetails(title, ownerDepartment, departments, roles, tags,
                    Boolean.TRUE.equals(publicDocument));
        }
    }

    record CreateRequest(
            @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
            @Schema(example = "std-complaint-time-limits", description = "Optional; generated when absent") String id,
            @NotNull(message = "is required") @Valid DetailsRequest details,
            @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
            @Schema(example = "drill-complaint-handling",
                    description = "Programme a major version assigns to the staff it applies to") String programmeId,
            @NotEmpty(message = "must hold at least one section") @Size(max = 100, message = "at most 100 sections")
            List<@Valid @NotNull SectionRequest> sections) {
    }

    record DraftRequest(
            @NotEmpty(message = "must hold at least one section") @Size(max = 100, message = "at most 100 sections")
            List<@Valid @NotNull SectionRequest> sections,
            @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Schema(example = "drill-complaint-handling")
            String programmeId,
            @Size(max = 2000, message = "must be at most 2000 characters")
            @Schema(example = "Attitude complaints now 24 h everywhere") String changeNote) {
    }

    record RevisionRequest(
            @NotNull(message = "is required")
            @Schema(example = "true", description = "true: staff must re-learn and confirm it; false: wording only")
            Boolean major,
            @Size(max = 2000, message = "must be at most 2000 characters") @Schema(example = "Annual review")
            String changeNote) {
    }

    record ReviewerRequest(
            @NotBlank(message = "is required") @Size(max = 120, message = "must be at most 120 characters")
            @Schema(example = "supervisor-wang", description = "The reviewer's user id (X-User-Id)") String reviewerId,
            @NotNull(message = "is required") @Schema(example = "DEPARTMENT") ReviewerKind kind,
            @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE) @Schema(example = "FRONT_DESK") String department,
            @Schema(example = "true", description = "Publication waits for every required approval; default true")
            Boolean required) {

        Reviewer toReviewer() {
            return Reviewer.named(reviewerId, kind, department, required == null || required);
        }
    }

    record ReviewRequest(
            @NotEmpty(message = "must name at least one reviewer") @Size(max = 30, message = "at most 30 reviewers")
            List<@Valid @NotNull ReviewerRequest> reviewers,
            @Schema(example = "2026-12-01T00:00:00Z",
                    description = "In force from; never before approval (default: at approval)") Instant effectiveFrom) {

        List<Reviewer> toReviewers() {
            var ids = new HashSet<String>();
            for (ReviewerRequest reviewer : reviewers) {
                if (!ids.add(reviewer.reviewerId())) {
                    throw new InvalidInput("reviewers", "'" + reviewer.reviewerId()
                            + "' is named twice");
                }
            }
            return reviewers.stream().map(ReviewerRequest::toReviewer).toList();
        }
    }

    record DecisionRequest(
            @NotNull(message = "is required") @Schema(example = "CHANGES_REQUESTED") ReviewDecision decision,
            @Size(max = 2000, message = "must be at most 2000 characters")
            @Schema(example = "请补充产品质量投诉的三包说明 / add the warranty rules") String comment) {

        /** Checked here rather than in the constructor, so the answer names the field instead of the body. */
        DecisionRequest checked() {
            if (decision == ReviewDecision.CHANGES_REQUESTED && (comment == null || comment.isBlank())) {
                throw new InvalidInput("comment", "is required when changes are requested");
            }
            return this;
        }
    }

    record RetirementRequest(
            @NotBlank(message = "is required") @Size(max = 2000, message = "must be at most 2000 characters")
            @Schema(example = "Replaced by the group-wide service charter") String reason) {
    }
}
