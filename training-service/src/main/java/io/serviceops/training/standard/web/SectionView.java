package io.serviceops.training.standard.web;

import io.serviceops.training.standard.Section;
import io.swagger.v3.oas.annotations.media.Schema;

record SectionView(
        @Schema(example = "time-limits") String key,
        @Schema(example = "处理时限 Time limits") String heading,
        @Schema(example = "| 投诉类型 | 时限 |\n|---|---|\n| 服务态度 | 24 小时 |") String markdown,
        @Schema(description = "The Markdown rendered to sanitised HTML") String html) {

    static SectionView of(Section section) {
        return new SectionView(section.key(), section.heading(), section.markdown(), section.html());
    }
}
