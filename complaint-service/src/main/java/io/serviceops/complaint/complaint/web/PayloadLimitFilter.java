package io.serviceops.complaint.complaint.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Refuses bodies larger than any valid request before they are read (413), so a huge body costs nothing. */
@Component
class PayloadLimitFilter extends OncePerRequestFilter {

    private final ApiProperties properties;

    PayloadLimitFilter(ApiProperties properties) {
        this.properties = properties;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > properties.maxBodyBytes()) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Payload too large\",\"status\":413,"
                    + "\"detail\":\"The request body exceeds " + properties.maxBodyBytes() + " bytes.\",\"instance\":\""
                    + request.getRequestURI().replace("\"", "") + "\",\"errors\":[{\"field\":\"body\",\"message\":\"too large\"}]}");
            return;
        }
        chain.doFilter(request, response);
    }
}
