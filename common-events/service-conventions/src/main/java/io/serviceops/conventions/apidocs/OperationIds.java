package io.serviceops.conventions.apidocs;

import io.swagger.v3.oas.models.Operation;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * Gives every operation an id a generated client can use as a method name, made of the handler's
 * verb and the resource its controller is about: {@code ComplaintController.file} is
 * {@code fileComplaint}, {@code .list} {@code listComplaints}, {@code ComplaintActionsController.resolve}
 * {@code resolveComplaint}, a GET named after a noun ({@code ComplaintController.stats})
 * {@code getComplaintStats}. An {@code operationId} written in {@code @Operation} wins; the ids'
 * uniqueness is checked for the whole document by the contract tests. A handler mapped to several
 * paths is documented under the first ({@link #firstPathOf}); the others are aliases for old clients.
 */
class OperationIds implements OperationCustomizer {

    private static final Set<String> LISTS = Set.of("list", "all", "search");
    private static final Set<String> READS = Set.of("get", "detail", "one", "current");
    /** Nouns whose plural is themselves. */
    private static final Set<String> UNCOUNTABLE = Set.of("Staff", "Feedback", "Compliance", "Analytics");

    /** Operation id → the first path of its handler's mapping, for handlers mapped to several. */
    private final Map<String, String> firstPaths = new ConcurrentHashMap<>();

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        io.swagger.v3.oas.annotations.Operation written = AnnotatedElementUtils.findMergedAnnotation(
                handler.getMethod(), io.swagger.v3.oas.annotations.Operation.class);
        if (written == null || written.operationId().isBlank()) {
            operation.setOperationId(idOf(handler.getBeanType().getSimpleName(), handler.getMethod().getName(),
                    isGet(handler)));
        }
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        if (mapping != null && mapping.path().length > 1) {
            firstPaths.put(operation.getOperationId(), mapping.path()[0]);
        }
        return operation;
    }

    /** The path (as the handler's mapping declares it) under which an operation of several paths is documented. */
    Optional<String> firstPathOf(String operationId) {
        return Optional.ofNullable(firstPaths.get(operationId));
    }

    static String idOf(String controller, String method, boolean get) {
        String resource = controller.replaceFirst("Controller$", "").replaceFirst("Actions$", "");
        if (LISTS.contains(method)) {
            return "list" + plural(resource);
        }
        if (READS.contains(method) || (get && method.equalsIgnoreCase(resource))) {
            return "get" + resource;
        }
        if (method.toLowerCase(Locale.ROOT).contains(resource.toLowerCase(Locale.ROOT))) {
            return method;
        }
        return get ? "get" + resource + StringUtils.capitalize(method) : method + resource;
    }

    private static String plural(String noun) {
        if (UNCOUNTABLE.stream().anyMatch(noun::endsWith)) {
            return noun;
        }
        if (noun.endsWith("y") && !noun.matches(".*[aeiou]y$")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun.matches(".*(s|x|ch|sh)$") ? noun + "es" : noun + "s";
    }

    private static boolean isGet(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping != null && Set.of(mapping.method()).contains(RequestMethod.GET);
    }
}
