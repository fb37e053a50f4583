package io.serviceops.conventions.access;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.StringHttpMessageConverter;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * API keys act within scopes per action family ({@code complaints:file}, {@code complaints:act},
 * {@code complaints:read}, …). An action answers with the object it changed, which is what a {@code GET}
 * shows, so a key that may act but not read (its {@code GET} of the same path would be refused by this
 * service's {@code serviceops.access} rules) gets a minimal acknowledgement instead: the object's id, status
 * and version, as far as it has them (headers such as {@code Location} and {@code ETag} are unchanged).
 * Staff and customers are left alone: their roles, not scopes, decide what they read. Each acknowledgement
 * counts in {@code serviceops.access.acknowledged_only}.
 */
@RestControllerAdvice
class ReadScopeAcknowledgement implements ResponseBodyAdvice<Object> {

    static final String INTEGRATION = CallerIdentity.roleAuthority("INTEGRATION");
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final List<String> KEPT = List.of("id", "status", "version");

    private final AccessProperties access;
    private final JsonMapper json;
    private final Counter acknowledged;

    ReadScopeAcknowledgement(AccessProperties access, JsonMapper json, MeterRegistry meters) {
        this.access = access;
        this.json = json;
        this.acknowledged = meters == null ? null : meters.counter("serviceops.access.acknowledged_only");
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
            ServerHttpResponse response) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (body == null || body instanceof ProblemDetail || READS.contains(request.getMethod()) || caller == null
                || !MediaType.APPLICATION_JSON.isCompatibleWith(contentType)) {
            return body;
        }
        Set<String> authorities = caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        if (!authorities.contains(INTEGRATION) || mayRead(authorities, request.getURI().getRawPath())) {
            return body;
        }
        if (acknowledged != null) {
            acknowledged.increment();
        }
        ObjectNode acknowledgement = acknowledgement(body instanceof String text ? json.readTree(text)
                : json.valueToTree(body));
        return StringHttpMessageConverter.class.isAssignableFrom(converterType) ? acknowledgement.toString()
                : acknowledgement;
    }

    /** Whether this service's rules let the caller {@code GET} {@code path}: the first rule for GET decides. */
    boolean mayRead(Set<String> authorities, String path) {
        PathContainer target = PathContainer.parsePath(path);
        if (access.open().stream().anyMatch(rule -> appliesToGet(rule, target))) {
            return true;
        }
        return access.rules().stream().filter(rule -> appliesToGet(rule, target)).findFirst()
                .map(rule -> Set.of(rule.authorities()).stream().anyMatch(authorities::contains))
                .orElse(authorities.contains(CallerIdentity.roleAuthority(CallerIdentity.ADMIN)));
    }

    private static boolean appliesToGet(AccessProperties.Rule rule, PathContainer path) {
        return (rule.methods().isEmpty() || rule.methods().contains(HttpMethod.GET.name()))
                && rule.paths().stream().anyMatch(pattern -> PathPatternParser.defaultInstance.parse(pattern).matches(path));
    }

    /** The object's id (or, without one, its first {@code …Id} field: goalId, interactionId), status and version. */
    private ObjectNode acknowledgement(JsonNode full) {
        ObjectNode kept = json.createObjectNode();
        if (!full.has("id")) {
            full.propertyNames().stream().filter(name -> name.endsWith("Id")).findFirst()
                    .ifPresent(name -> kept.set(name, full.get(name)));
        }
        KEPT.stream().filter(full::has).forEach(name -> kept.set(name, full.get(name)));
        return kept;
    }
}
