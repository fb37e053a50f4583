package io.serviceops.gateway.apidocs;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.cloud.gateway.route.RouteDefinitionLocator;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@value #PATH}: the whole API in one document, merged from the services' documents as the gateway
 * serves them (each route with the {@code DocumentSecuritySchemes} filter is one), keeping the paths the
 * gateway's other routes expose, and the gateway's own API ({@value #GATEWAY_API}, the ADMIN API of API keys,
 * from springdoc's {@code /v3/api-docs/gateway}; the development issuer's {@code /auth/**} stays out, it does
 * not exist in production). Not under springdoc's own {@code /v3/api-docs/gateway}. The repository
 * keeps a copy ({@code api/serviceops.openapi.json}) that clients are generated from; the end-to-end
 * suite fails when the two differ.
 */
@Hidden
@RestController
class MergedApiDocumentController {

    static final String PATH = "/v3/api-docs/serviceops";
    static final String GATEWAY_DOCUMENT = "/v3/api-docs/gateway";
    static final String GATEWAY_API = "/api/v1/api-keys/**";
    private static final String DOCUMENT_FILTER = "DocumentSecuritySchemes";
    /** A service builds its document on the first request, which takes seconds on a busy machine. */
    private static final Duration DOCUMENT_TIMEOUT = Duration.ofSeconds(30);

    private final RouteDefinitionLocator routes;
    private final Environment environment;
    private final ApiDocumentMerger merger;
    private final JsonMapper json;

    MergedApiDocumentController(RouteDefinitionLocator routes, Environment environment, JsonMapper json) {
        this.routes = routes;
        this.environment = environment;
        this.merger = new ApiDocumentMerger(json);
        this.json = json;
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<String> merged() {
        // Through this gateway itself, so each document is exactly the one /v3/api-docs/<service> serves.
        WebClient self = WebClient.create("http://127.0.0.1:" + environment.getRequiredProperty("local.server.port"));
        return routes.getRouteDefinitions().collectList().flatMap(definitions -> Flux
                .fromIterable(definitions.stream().filter(MergedApiDocumentController::servesADocument).toList())
                .concatMap(route -> {
                    String path = pathPatterns(route).get(0);
                    return self.get().uri(path).retrieve().bodyToMono(String.class).timeout(DOCUMENT_TIMEOUT)
                            .map(body -> ApiDocumentMerger.ServiceDocument.of(path.substring(path.lastIndexOf('/') + 1),
                                    (ObjectNode) json.readTree(body)));
                })
                // Last, so the services' shared error answers are the ones its operations point to.
                .concatWith(self.get().uri(GATEWAY_DOCUMENT).retrieve().bodyToMono(String.class)
                        .map(body -> ApiDocumentMerger.ServiceDocument.ofGateway((ObjectNode) json.readTree(body))))
                .collectList()
                .map(documents -> json.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(merger.merge(documents, routedBy(definitions)))));
    }

    private static boolean servesADocument(RouteDefinition route) {
        return route.getFilters().stream().anyMatch(filter -> filter.getName().equals(DOCUMENT_FILTER));
    }

    /** Whether one of the API routes (not a document route) takes a documented path such as {@code /api/v1/complaints/{id}}. */
    private static Predicate<String> routedBy(List<RouteDefinition> definitions) {
        List<PathPattern> patterns = Stream.concat(definitions.stream()
                        .filter(route -> !servesADocument(route))
                        .flatMap(route -> pathPatterns(route).stream()), Stream.of(GATEWAY_API))
                .map(PathPatternParser.defaultInstance::parse)
                .toList();
        return path -> {
            PathContainer concrete = PathContainer.parsePath(path.replaceAll("\\{[^}]+}", "x"));
            return patterns.stream().anyMatch(pattern -> pattern.matches(concrete));
        };
    }

    private static List<String> pathPatterns(RouteDefinition route) {
        return route.getPredicates().stream()
                .filter(predicate -> predicate.getName().equals("Path"))
                .flatMap(predicate -> predicate.getArgs().values().stream())
                .flatMap(patterns -> List.of(patterns.split(",")).stream())
                .map(String::strip)
                .toList();
    }
}
