package io.serviceops.conventions.web;

import io.serviceops.conventions.problem.InvalidInput;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Turns {@code page}, {@code size} and {@code sort=field[,asc|desc]} (repeatable) into a query page,
 * accepting only the sortable fields a collection names, so no client-chosen name (a {@code $}
 * operator, an arbitrary path) reaches the store.
 */
public final class Paging {

    private Paging() {
    }

    /**
     * @param sortable API field name → stored path
     * @param fallback the order when the client asks for none
     */
    public static Pageable of(int page, int size, List<String> sort, Map<String, String> sortable, Sort fallback) {
        // Spring splits a lone "field,desc" value at the comma, so a direction is read as a token that
        // applies to the field before it.
        List<Sort.Order> orders = new ArrayList<>();
        List<String> tokens = sort == null ? List.of()
                : sort.stream().flatMap(value -> List.of(value.split(",")).stream()).map(String::trim)
                        .filter(token -> !token.isEmpty()).toList();
        for (String token : tokens) {
            if (token.equalsIgnoreCase("asc") || token.equalsIgnoreCase("desc")) {
                if (orders.isEmpty()) {
                    throw invalid(sortable);
                }
                Sort.Order last = orders.remove(orders.size() - 1);
                orders.add(last.with(Sort.Direction.fromString(token)));
                continue;
            }
            String path = sortable.get(token);
            if (path == null) {
                throw invalid(sortable);
            }
            orders.add(Sort.Order.asc(path));
        }
        return PageRequest.of(page, size, orders.isEmpty() ? fallback : Sort.by(orders));
    }

    /** For collections whose sortable fields are stored under their API names. */
    public static Pageable of(int page, int size, List<String> sort, Collection<String> sortable, Sort fallback) {
        Map<String, String> sameNames = new LinkedHashMap<>();
        sortable.stream().sorted().forEach(field -> sameNames.put(field, field));
        return of(page, size, sort, sameNames, fallback);
    }

    private static InvalidInput invalid(Map<String, String> sortable) {
        return new InvalidInput("sort", "must be field[,asc|desc] with field one of " + sortable.keySet());
    }
}
