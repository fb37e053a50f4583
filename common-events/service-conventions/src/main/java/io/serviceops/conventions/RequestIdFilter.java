package io.serviceops.conventions;

import io.serviceops.eventing.Correlation;
import io.serviceops.ids.Ids;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Takes the caller's (or the gateway's) {@code X-Request-Id}, or makes one, and keeps it in the
 * logging context for the whole request, so log lines, problem answers and the events the request
 * causes all carry the same id. An id that breaks the id rule ({@link Ids}) is replaced, since it ends
 * up in logs.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String offered = request.getHeader(HEADER);
        String requestId = Ids.isValid(offered) ? offered : UUID.randomUUID().toString();
        response.setHeader(HEADER, requestId);
        try (MDC.MDCCloseable ignored = Correlation.open(requestId)) {
            chain.doFilter(request, response);
        }
    }
}
