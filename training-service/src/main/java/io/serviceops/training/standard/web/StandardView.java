package io.serviceops.training.standard.web;

import io.serviceops.training.standard.Standard;
import io.serviceops.training.standard.StandardVersion;
import io.serviceops.training.standard.VersionStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A standard with its version in force, its open revision (if any) and the list of all versions. */
record StandardView(
        @Schema(example = "std-complaint-time-limits") String id,
        @Schema(example = "投诉处理时限 Complaint time limits") String title,
        @Schema(example = "CUSTOMER_SUPPORT") String ownerDepartment,
        List<String> departments,
        List<String> roles,
        List<String> tags,
        boolean publicDocument,
        LocalDate reviewDue,
        boolean retired,
        @Schema(description = "The published version; absent before the first publication") VersionView current,
        @Schema(description = "The version in DRAFT or IN_REVIEW, if one is open") VersionView open,
        List<VersionSummary> versions,
        @Schema(description = "Also the ETag; send it in If-Match to change details or the draft") Long revision) {

    record VersionSummary(@Schema(example = "1.0") String version, VersionStatus status, Instant effectiveFrom,
            Instant publishedAt, Instant endedAt) {

        static VersionSummary of(StandardVersion version) {
            return new VersionSummary(version.number().label(), version.status(), version.effectiveFrom(),
                    version.publishedAt(), version.endedAt());
        }
    }

    static StandardView of(Standard standard) {
        var details = standard.details();
        return new StandardView(standard.id(), details.title(), details.ownerDepartment(), details.departments(),
                details.roles(), details.tags(), details.publicDocument(), standard.reviewDue(), standard.retired(),
                standard.current().map(VersionView::of).orElse(null), standard.open().map(VersionView::of).orElse(null),
                standard.versions().stream().map(VersionSummary::of).toList(), standard.version());
    }
}
