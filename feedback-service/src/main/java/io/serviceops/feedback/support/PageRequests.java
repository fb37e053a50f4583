package io.serviceops.feedback.support;

import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Builds a page request from {@code page}, {@code size} and {@code sort=field[,asc|desc]}, allowing only known fields. */
public final class PageRequests {

    private PageRequests() {
    }

    public static PageRequest of(int page, int size, String sort, Set<String> sortable, Sort fallback) {
        if (sort == null || sort.isBlank()) {
            return PageRequest.of(page, size, fallback);
        }
        String[] parts = sort.split(",");
        if (!sortable.contains(parts[0]) || parts.length > 2
                || parts.length == 2 && !parts[1].equalsIgnoreCase("asc") && !parts[1].equalsIgnoreCase("desc")) {
            throw InvalidInput.of("sort", "must be one of " + sortable + ", optionally followed by ,asc or ,desc");
        }
        Sort.Direction direction = parts.length == 2 ? Sort.Direction.fromString(parts[1]) : Sort.Direction.ASC;
        return PageRequest.of(page, size, Sort.by(direction, parts[0]));
    }
}
