package io.serviceops.training.web;

import io.serviceops.conventions.FieldError;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Builds a page request from {@code page}, {@code size} and {@code sort=field[,asc|desc]}, allowing only
 * the public sort fields a collection offers (mapped to stored paths), so no client-supplied text
 * reaches the store as a field name.
 */
public final class Paging {

    private Paging() {
    }

    public static Pageable of(int page, int size, String sort, Map<String, String> sortable, String defaultSort) {
        String[] parts = (sort == null || sort.isBlank() ? defaultSort : sort).split(",");
        String path = sortable.get(parts[0].trim());
        if (path == null) {
            throw new InvalidRequest(new FieldError("sort", "must be one of " + sortable.keySet()
                    + ", optionally followed by ',asc' or ',desc'"));
        }
        Sort.Direction direction = Sort.Direction.ASC;
        if (parts.length > 1) {
            direction = Sort.Direction.fromOptionalString(parts[1].trim()).orElseThrow(() ->
                    new InvalidRequest(new FieldError("sort", "direction must be 'asc' or 'desc'")));
        }
        return PageRequest.of(page, size, Sort.by(direction, path));
    }
}
