package io.serviceops.complaint.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Turns {@code page}, {@code size} and {@code sort=field,asc|desc} into a query page, accepting only
 * the sortable fields a collection names, so a client cannot sort on (or probe) arbitrary paths.
 */
public final class Paging {

    private Paging() {
    }

    /** @param sortable API field name → document path */
    public static Pageable of(int page, int size, List<String> sort, Map<String, String> sortable, Sort fallback) {
        if (sort == null || sort.isEmpty()) {
            return PageRequest.of(page, size, fallback);
        }
        // Spring splits a lone "field,desc" value at the comma, so directions are read as tokens that
        // apply to the field before them.
        List<Sort.Order> orders = new ArrayList<>();
        for (String token : sort.stream().flatMap(value -> List.of(value.split(",")).stream()).map(String::trim).toList()) {
            if (token.equalsIgnoreCase("asc") || token.equalsIgnoreCase("desc")) {
                if (orders.isEmpty()) {
                    throw InvalidRequest.of("sort", "must be field[,asc|desc]");
                }
                Sort.Order last = orders.remove(orders.size() - 1);
                orders.add(last.with(Sort.Direction.fromString(token)));
                continue;
            }
            String path = sortable.get(token);
            if (path == null) {
                throw InvalidRequest.of("sort", "must be field[,asc|desc] with field one of " + sortable.keySet());
            }
            orders.add(Sort.Order.asc(path));
        }
        return PageRequest.of(page, size, Sort.by(orders));
    }
}
