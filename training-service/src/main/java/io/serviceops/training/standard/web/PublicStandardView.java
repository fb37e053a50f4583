package io.serviceops.training.standard.web;

import io.serviceops.training.standard.Standard;
import io.serviceops.training.standard.StandardVersion;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** What customers see (公示透明): the published text only; no drafts, reviewers, audit or audience. */
record PublicStandardView(
        @Schema(example = "std-complaint-time-limits") String id,
        @Schema(example = "投诉处理时限 Complaint time limits") String title,
        @Schema(example = "1.0") String version,
        Instant effectiveFrom,
        List<String> tags,
        List<SectionView> sections) {

    static PublicStandardView of(Standard standard) {
        StandardVersion published = standard.current().orElseThrow();
        return new PublicStandardView(standard.id(), standard.details().title(), published.number().label(),
                published.effectiveFrom(), standard.details().tags(),
                published.sections().stream().map(SectionView::of).toList());
    }
}
