package io.serviceops.kpi.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Turns {@code page}, {@code size} and {@code sort=field[,asc|desc]} (repeatable) into a page
 * request, accepting only the sortable fields of the collection, so no client-chosen name (e.g. a
 * {@code $} operator) reaches the store.
 */
public final class Paging {

    private Paging() {
    }

    /**
     * Spring splits {@code sort=a,desc} into {@code [a, desc]}; a direction therefore applies to the
     * field before it.
     */
    public static Pageable of(int page, int size, List<String> sort, Set<String> sortable, Sort fallback) {
        List<Sort.Order> orders = new ArrayList<>();
        for (String token : sort == null ? List.<String>of() : sort) {
            for (String part : token.split(",")) {
                if (part.equalsIgnoreCase("asc") || part.equalsIgnoreCase("desc")) {
                    if (orders.isEmpty()) {
                        throw invalid(sortable);
                    }
                    Sort.Order last = orders.remove(orders.size() - 1);
                    orders.add(last.with(Sort.Direction.fromString(part)));
                } else if (sortable.contains(part)) {
                    orders.add(Sort.Order.asc(part));
                } else {
                    throw invalid(sortable);
                }
            }
        }
        return PageRequest.of(page, size, orders.isEmpty() ? fallback : Sort.by(orders));
    }

    private static InvalidQueryParameter invalid(Set<String> sortable) {
        return new InvalidQueryParameter("sort", "sort by one of " + sortable + ", optionally followed by ,asc or ,desc");
    }
}
