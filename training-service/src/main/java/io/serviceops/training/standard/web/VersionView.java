package io.serviceops.training.standard.web;

import io.serviceops.training.standard.Reviewer;
import io.serviceops.training.standard.StandardVersion;
import io.serviceops.training.standard.VersionStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

record VersionView(
        @Schema(example = "2.0") String version,
        @Schema(example = "PUBLISHED") VersionStatus status,
        @Schema(example = "drill-complaint-handling") String programmeId,
        String changeNote,
        List<Reviewer> reviewers,
        Instant createdAt,
        String createdBy,
        Instant effectiveFrom,
        Instant publishedAt,
        @Schema(description = "When it was superseded or retired") Instant endedAt,
        List<SectionView> sections) {

    static VersionView of(StandardVersion version) {
        return new VersionView(version.number().label(), version.status(), version.programmeId(),
                version.changeNote(), version.reviewers(), version.createdAt(), version.createdBy(),
                version.effectiveFrom(), version.publishedAt(), version.endedAt(),
                version.sections().stream().map(SectionView::of).toList());
    }
}
