package io.serviceops.kpi.web;

import java.util.List;
import org.springframework.data.domain.Page;

/** One page of a collection, as every collection endpoint answers. */
public record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <T> PageView<T> of(Page<T> page) {
        return new PageView<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                page.getTotalPages());
    }

    /** Pages a list computed in memory (rankings, template lists). */
    public static <T> PageView<T> of(List<T> all, int page, int size) {
        int from = Math.min(all.size(), page * size);
        int to = Math.min(all.size(), from + size);
        return new PageView<>(all.subList(from, to), page, size, all.size(), (all.size() + size - 1) / size);
    }
}
