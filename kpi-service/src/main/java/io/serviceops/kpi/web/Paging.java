package io.serviceops.kpi.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Turns {@code page}, {@code size} and {@code sort=field[,asc|desc]} into a page request, accepting
 * only the sortable fields of the collection (so no client-chosen name, e.g. a {@code $} operator,
 * reaches the store).
 */
public final class Paging {

    public static final String MAX_SIZE = "100";

    private Paging() {
    }

    public static Pageable of(int page, int size, List<String> sort, Set<String> sortable, Sort fallback) {
        List<Sort.Order> orders = new ArrayList<>();
        for (String item : sort == null ? List.<String>of() : sort) {
            String[] parts = item.split(",");
            if (!sortable.contains(parts[0]) || parts.length > 2
                    || (parts.length == 2 && !parts[1].matches("(?i)asc|desc"))) {
                throw new InvalidQueryParameter("sort", "sort by one of " + sortable + ", optionally with ,asc or ,desc");
            }
            orders.add(parts.length == 2 && parts[1].equalsIgnoreCase("desc")
                    ? Sort.Order.desc(parts[0]) : Sort.Order.asc(parts[0]));
        }
        return PageRequest.of(page, size, orders.isEmpty() ? fallback : Sort.by(orders));
    }
}
