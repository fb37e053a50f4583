package io.serviceops.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The metric names the dashboards and alert rules query, and those the running stack exposes, so a
 * renamed meter breaks a test instead of silently emptying a panel or disarming an alert.
 */
final class MetricNames {

    /** Names of the meters the project's queries use: ours, Spring's, the JVM's, Kafka's, resilience4j's. */
    private static final Pattern QUERIED = Pattern.compile(
            "(?<![a-z0-9_:])((?:serviceops|http_server|jvm|process|kafka|resilience4j|spring_cloud_gateway)_[a-z0-9_]+)");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private MetricNames() {
    }

    /** Every metric name the files under {@code deploy/grafana/dashboards} and {@code deploy/prometheus/rules} use. */
    static Set<String> queried(Path repo) {
        Set<String> names = new TreeSet<>();
        for (Path dir : new Path[] {repo.resolve("deploy/grafana/dashboards"), repo.resolve("deploy/prometheus/rules")}) {
            try (Stream<Path> files = Files.list(dir)) {
                files.forEach(file -> {
                    Matcher matcher = QUERIED.matcher(read(file));
                    while (matcher.find()) {
                        names.add(matcher.group(1));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    /** The metric names one component's {@code /actuator/prometheus} shows now. */
    static Set<String> exposed(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).GET().build();
        Set<String> names = new TreeSet<>();
        try {
            for (String line : HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body().split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.split("[{ ]", 2)[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return names;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
