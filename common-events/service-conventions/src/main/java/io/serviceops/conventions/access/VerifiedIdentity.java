package io.serviceops.conventions.access;

import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.identity.AssertionRejected;
import io.serviceops.identity.IdentityAssertion;
import io.serviceops.identity.IdentityKeys;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Collections;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a request reach the identity headers only with the gateway's signature over them: an
 * {@link IdentityAssertion} for this service, current, by a listed key, over exactly the request's
 * {@code X-User-*} headers. Anything else — a forged header sent straight to the service port, a
 * tampered, expired or mis-addressed assertion — is 401 before any header is read. Anonymous callers of
 * open endpoints carry the gateway's assertion over no identity; only infrastructure (health, metrics,
 * API docs) needs none. Expiry is judged by the real clock, never the service's adjustable business clock.
 */
class VerifiedIdentity extends OncePerRequestFilter {

    private final IdentityKeys keys;
    private final String audience;
    private final RequestMatcher infrastructure;
    private final AccessProblems problems;
    private final MeterRegistry meters;
    private final Clock clock;

    VerifiedIdentity(IdentityKeys keys, String audience, RequestMatcher infrastructure, AccessProblems problems,
            MeterRegistry meters, Clock clock) {
        this.keys = keys;
        this.audience = audience;
        this.infrastructure = infrastructure;
        this.problems = problems;
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return infrastructure.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            IdentityAssertion.verify(keys, request.getHeader(IdentityAssertion.HEADER),
                    IdentityAssertion.identityHeaders(Collections.list(request.getHeaderNames()),
                            name -> Collections.list(request.getHeaders(name))),
                    audience, clock.instant());
        } catch (AssertionRejected rejected) {
            if (meters != null) {
                meters.counter("serviceops.identity.rejected", "reason", rejected.reason().tag()).increment();
            }
            problems.commence(request, response, new BadCredentialsException(rejected.getMessage(), rejected));
            return;
        }
        chain.doFilter(request, response);
    }
}
