package io.serviceops.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.testsupport.ApiDocumentRules;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI documents the running gateway serves — the merged one and each service's — are
 * contracts a client can be generated from, and are exactly the copies under {@code api/} that the
 * build generates the Java client and CI the TypeScript types from (code generation cannot read a
 * running gateway). After an API change, regenerate the copies with
 * {@code ./mvnw -B -pl deploy/e2e verify -Dtest=ApiContractTest -Dserviceops.api.write=true}.
 */
@ExtendWith({WhenPackaged.class, RunningStack.class})
class ApiContractTest {

    static final String MERGED = "/v3/api-docs/serviceops";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final boolean WRITE = Boolean.getBoolean("serviceops.api.write");

    @Test
    void theServedDocumentsAreContracts() throws Exception {
        for (String path : documents().keySet()) {
            ApiDocumentRules.assertIsAContract(served(path));
        }
    }

    @Test
    void theServedDocumentsAreTheCommittedOnes() throws Exception {
        for (Map.Entry<String, Path> document : documents().entrySet()) {
            JsonNode served = JSON.readTree(served(document.getKey()));
            Path committed = WhenPackaged.repo().resolve(document.getValue());
            if (WRITE) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n");
            }
            assertThat(Files.exists(committed) ? JSON.readTree(committed.toFile()) : null)
                    .as("%s differs from what the gateway serves at %s. If the API change is intended, regenerate "
                            + "it: ./mvnw -B -pl deploy/e2e verify -Dtest=ApiContractTest -Dserviceops.api.write=true",
                            document.getValue(), document.getKey())
                    .isEqualTo(served);
        }
    }

    /** The gateway's path of each document → its committed copy; the services' as Swagger UI lists them. */
    private static Map<String, Path> documents() throws Exception {
        Map<String, Path> documents = new LinkedHashMap<>();
        documents.put(MERGED, Path.of("api/serviceops.openapi.json"));
        for (JsonNode url : JSON.readTree(served("/v3/api-docs/gateway/swagger-config")).path("urls")) {
            String path = url.path("url").asString();
            if (!path.equals("/v3/api-docs/gateway")) {
                documents.put(path, Path.of("api/services", path.substring(path.lastIndexOf('/') + 1) + ".openapi.json"));
            }
        }
        return documents;
    }

    private static String served(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + LocalStack.GATEWAY_PORT + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("GET %s", path).isEqualTo(200);
        return response.body();
    }
}
