package io.serviceops.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.ids.Ids;
import jakarta.validation.constraints.Pattern;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What every service must do alike: report health with probes, expose Prometheus metrics and an
 * OpenAPI description, answer unknown paths, missing resources, invalid ids and unreadable bodies with
 * the same problem+json carrying the request id and a title in the caller's language (en or zh-CN),
 * and refuse API calls that carry no caller identity or one the gateway did not sign. A service's test
 * extends this and runs it on {@link RealInfrastructure}.
 */
public abstract class ServiceConventionsContract {

    private static final String CONTROLLER_ADVICE = "org.springframework.web.bind.annotation.ControllerAdvice";

    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    private int port;

    /** A path of this service that accepts a JSON POST, to check how malformed bodies are answered. */
    protected abstract String jsonPostPath();

    /** The path of one resource of this service by its id, e.g. {@code /api/v1/complaints/<id>}. */
    protected abstract String resourcePath(String id);

    @Autowired
    private ApplicationContext context;

    @Test
    void reportsHealthWithLivenessAndReadiness() throws Exception {
        // Components and their details (database names, paths) only for ADMIN; an anonymous caller sees none.
        assertThat(send(asAdmin(uri("/actuator/health")).GET()).body()).contains("\"status\":\"UP\"", "\"components\"");
        assertThat(get("/actuator/health").body()).doesNotContain("components", "details");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void exposesPrometheusMetrics() throws Exception {
        HttpResponse<String> metrics = get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "http_server_requests");
    }

    @Test
    void servesMetricsWithoutExemplarsThatOlderPrometheusRejects() throws Exception {
        get("/api/v1/no-such-thing");
        HttpResponse<String> openMetrics = http.send(HttpRequest.newBuilder(uri("/actuator/prometheus"))
                .header("Accept", "application/openmetrics-text; version=1.0.0; charset=utf-8").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(openMetrics.statusCode()).isEqualTo(200);
        assertThat(openMetrics.body()).contains("http_server_requests_seconds_count").doesNotContain("trace_id=");
    }

    @Test
    void describesItsApiInOpenApi() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\"", "/api/v1/");
    }

    @Test
    void describesItsApiAsAContractAClientCanBeGeneratedFrom() throws Exception {
        ApiDocumentRules.assertIsAContract(get("/v3/api-docs").body());
    }

    @Test
    void answersAnUnknownPathWithProblemJsonAndTheRequestId() throws Exception {
        HttpResponse<String> response = http.send(asAdmin(uri("/api/v1/no-such-thing"))
                .header("X-Request-Id", "req-contract-1").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("req-contract-1");
        assertThat(response.body()).contains("\"status\":404", "\"requestId\":\"req-contract-1\"");
    }

    @Test
    void answersMalformedJsonWithAProblemNotAServerError() throws Exception {
        HttpResponse<String> response = http.send(asAdmin(uri(jsonPostPath()))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"oops\": "))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Exception", "at io.", "at org.");
    }

    @Test
    void namesNoJavaTypeWhenABodyHasTheWrongShape() throws Exception {
        HttpResponse<String> response = send(asAdmin(uri(jsonPostPath())).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[1, {\"a\": []}]")));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("java.", "tools.jackson", "io.serviceops", "Exception");
    }

    /** Issue 16 #7: a forged Host header must not reach the API document or the actuator links. */
    @Test
    void neverReflectsTheHostHeader() throws Exception {
        for (String path : List.of("/v3/api-docs", "/actuator")) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
                socket.setSoTimeout(30_000);
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: evil.example.net\r\n"
                        + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(answer).as(path).startsWith("HTTP/1.1 ").doesNotContain("evil.example.net");
                assertThat(answer.substring(9, 12)).as(path).doesNotStartWith("5");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"en, Not found, Validation failed, Malformed request body",
            "zh-CN, 未找到, 校验失败, 请求体格式错误"})
    void answersAMissingResourceAnInvalidIdAndABrokenBodyAlikeInEitherLanguage(String language, String notFound,
            String invalid, String malformed) throws Exception {
        HttpResponse<String> missing = send(asAdmin(uri(resourcePath("no-such-id"))).header("Accept-Language", language)
                .GET());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("\"title\":\"" + notFound + "\"", "\"status\":404", "\"requestId\"");

        HttpResponse<String> badId = send(asAdmin(uri(resourcePath("$where"))).header("Accept-Language", language)
                .GET());
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(badId.body()).contains("\"title\":\"" + invalid + "\"", "\"errors\":[{\"field\":");

        HttpResponse<String> broken = send(asAdmin(uri(jsonPostPath())).header("Accept-Language", language)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"oops\": ")));
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).contains("\"title\":\"" + malformed + "\"");
    }

    /** Every failure goes through the one shared advice, so no service can answer one differently. */
    @Test
    void answersErrorsOnlyThroughTheSharedAdvice() {
        List<String> advices = Stream.of(context.getBeanDefinitionNames()).map(context::getType)
                .filter(Objects::nonNull).map(ClassUtils::getUserClass)
                .filter(type -> MergedAnnotations.from(type, SearchStrategy.TYPE_HIERARCHY).isPresent(CONTROLLER_ADVICE))
                .map(Class::getName).filter(name -> name.startsWith("io.serviceops.")).toList();
        assertThat(advices).contains("io.serviceops.conventions.ProblemDetailsAdvice")
                .allMatch(name -> name.startsWith("io.serviceops.conventions."), "a class of service-conventions");
    }

    /**
     * The ids of this service that keep another, documented shape than the one id rule (e.g. a composite
     * id made of several ids), as {@code Controller.method(parameter)}.
     */
    protected Set<String> idsOfAnotherShape() {
        return Set.of();
    }

    /** Every service runs the same ids through its resource path, so an id accepted by one is accepted by all. */
    @Test
    void acceptsEveryIdTheOneRuleAllowsAndRefusesTheRest() throws Exception {
        for (String id : List.of("zhang.san", "li.si@store-12.example", "cmp-fb_1:2", "A9", "a".repeat(64))) {
            HttpResponse<String> answer = send(asAdmin(uri(resourcePath(id))).GET());
            assertThat(answer.statusCode()).as("GET %s: %s", resourcePath(id), answer.body()).isEqualTo(404);
        }
        for (String id : List.of("a".repeat(65), ".hidden", "-x", "$where")) {
            HttpResponse<String> answer = send(asAdmin(uri(resourcePath(id))).GET());
            assertThat(answer.statusCode()).as("GET %s: %s", resourcePath(id), answer.body()).isEqualTo(400);
        }
    }

    /**
     * Each id a client sends (a path variable or query parameter named {@code id}, {@code *Id} or
     * {@code *Ids}, and any checked id in a request body) is checked with {@code Ids.PATTERN}, the one rule
     * the gateway and every service share.
     */
    @Test
    void checksEveryIdWithTheOneRule() {
        RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class);
        List<String> offRule = new ArrayList<>();
        mapping.getHandlerMethods().values().stream()
                .filter(handler -> handler.getBeanType().getName().startsWith("io.serviceops."))
                .forEach(handler -> {
                    for (MethodParameter parameter : handler.getMethodParameters()) {
                        parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
                        String where = handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName() + "(";
                        if (parameter.hasParameterAnnotation(RequestBody.class)) {
                            bodyIds(parameter.getParameterType(), where, offRule);
                        } else if (parameter.hasParameterAnnotation(PathVariable.class)
                                || parameter.hasParameterAnnotation(RequestParam.class)) {
                            String name = parameter.getParameterName();
                            Pattern rule = parameter.getParameterAnnotation(Pattern.class);
                            if (rule == null && parameter.getParameter().getAnnotatedType()
                                    instanceof AnnotatedParameterizedType list) {
                                rule = list.getAnnotatedActualTypeArguments()[0].getAnnotation(Pattern.class);
                            }
                            if (isId(name) && (rule == null || !rule.regexp().equals(Ids.PATTERN))
                                    && !idsOfAnotherShape().contains(where + name + ")")) {
                                offRule.add(where + name + ")");
                            }
                        }
                    }
                });
        assertThat(offRule).as("ids checked otherwise than with Ids.PATTERN").isEmpty();
    }

    private void bodyIds(Class<?> body, String where, List<String> offRule) {
        if (!body.isRecord()) {
            return;
        }
        for (RecordComponent component : body.getRecordComponents()) {
            Pattern rule = component.getAccessor().getAnnotation(Pattern.class);
            if (rule == null && component.getAnnotatedType() instanceof AnnotatedParameterizedType list) {
                rule = list.getAnnotatedActualTypeArguments()[0].getAnnotation(Pattern.class);
            }
            String location = where + body.getSimpleName() + "." + component.getName() + ")";
            if (isId(component.getName()) && rule != null && !rule.regexp().equals(Ids.PATTERN)
                    && !idsOfAnotherShape().contains(location)) {
                offRule.add(location);
            }
        }
    }

    private static boolean isId(String name) {
        return name != null && (name.equals("id") || name.endsWith("Id") || name.endsWith("Ids"));
    }

    @Test
    void refusesAnApiCallWithoutCallerIdentity() throws Exception {
        HttpResponse<String> anonymous = get("/api/v1/no-such-thing");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(uri("/api/v1/no-such-thing"))
                .header("X-User-Id", "mallory").header("X-User-Roles", "ADMIN").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).as("identity headers without the gateway's signature").isEqualTo(401);
        assertThat(forged.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        HttpResponse<String> noRole = http.send(Callers.asUser(HttpRequest.newBuilder(uri("/api/v1/no-such-thing")),
                audience(), "someone", "CUSTOMER_APP", "").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(noRole.statusCode()).isEqualTo(403);
    }

    private HttpRequest.Builder asAdmin(URI uri) {
        return Callers.asUser(HttpRequest.newBuilder(uri), audience(), "contract-admin", "ADMIN", "");
    }

    private String audience() {
        return context.getEnvironment().getRequiredProperty("spring.application.name");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    protected HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    protected URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
