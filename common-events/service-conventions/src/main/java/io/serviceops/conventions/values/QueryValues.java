package io.serviceops.conventions.values;

import io.serviceops.conventions.FieldError;
import io.serviceops.conventions.problem.InvalidInput;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Refuses a query parameter holding a NUL character before any controller sees it: MongoDB cannot
 * store or match one, so it would fail deep in a query instead of as the caller's bad input.
 */
final class QueryValues extends OncePerRequestFilter {

    private final HandlerExceptionResolver problems;

    QueryValues(HandlerExceptionResolver problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<FieldError> errors = request.getParameterMap().entrySet().stream().filter(QueryValues::holdsNul)
                .map(parameter -> new FieldError(printable(parameter.getKey()), ValueRules.NUL_MESSAGE)).toList();
        if (errors.isEmpty()) {
            chain.doFilter(request, response);
        } else {
            problems.resolveException(request, response, null, new InvalidInput(errors));
        }
    }

    private static boolean holdsNul(Map.Entry<String, String[]> parameter) {
        return parameter.getKey().indexOf('\0') >= 0
                || List.of(parameter.getValue()).stream().anyMatch(value -> value.indexOf('\0') >= 0);
    }

    private static String printable(String name) {
        return name.replace("\0", "\\u0000");
    }
}
