package io.serviceops.conventions.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** One page of a collection, in the stable JSON shape every collection endpoint answers with. */
public record PageView<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <T> PageView<T> of(Page<T> page) {
        return of(page, Function.identity());
    }

    public static <S, T> PageView<T> of(Page<S> page, Function<S, T> view) {
        return new PageView<>(page.getContent().stream().map(view).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }

    /** Pages a list computed in memory (rankings, catalogues). */
    public static <T> PageView<T> of(List<T> all, int page, int size) {
        int from = (int) Math.min(all.size(), (long) page * size);
        int to = Math.min(all.size(), from + size);
        return new PageView<>(all.subList(from, to), page, size, all.size(), (all.size() + size - 1) / size);
    }
}
