package io.serviceops.notification.webhook.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.serviceops.notification.webhook.WebhookProperties;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TargetGuardTest {

    /** Names an attacker controls, resolving to internal addresses (DNS is not ours to trust). */
    private static final Map<String, String> DNS = Map.of(
            "loopback.attacker.example", "127.0.0.1",
            "metadata.attacker.example", "169.254.169.254",
            "intranet.attacker.example", "10.1.2.3",
            "crm.example.com", "203.0.113.10");

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

    private TargetGuard guard(boolean requireHttps, List<String> allowed) {
        return new TargetGuard(new WebhookProperties.Target(requireHttps, allowed), TargetGuardTest::resolve, metrics);
    }

    private static List<InetAddress> resolve(String host) throws UnknownHostException {
        String address = DNS.getOrDefault(host, host);
        if (!address.matches("[0-9.:a-fA-F]+")) {
            throw new UnknownHostException(host);
        }
        return List.of(InetAddress.getByName(address));
    }

    private double refusals(String reason) {
        return metrics.get("serviceops.webhook.target.refusals").tag("reason", reason).counter().count();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://169.254.169.254/latest/meta-data/", "https://10.0.0.8/x",
            "https://172.16.5.4/x", "https://192.168.1.1/x", "https://100.64.0.1/x", "https://0.0.0.0/x",
            "https://[::1]/x", "https://[fd00::1]/x", "https://[::ffff:127.0.0.1]/x",
            "https://loopback.attacker.example/x", "https://metadata.attacker.example/x",
            "https://intranet.attacker.example/x", "https://metadata.google.internal/computeMetadata/v1/"})
    void refusesTargetsThatReachInternalAddressesAndCountsEachRefusal(String target) {
        TargetGuard guard = guard(true, List.of());

        assertThatThrownBy(() -> guard.check(URI.create(target))).isInstanceOf(TargetRefused.class)
                .extracting(e -> ((TargetRefused) e).reason()).isEqualTo("private-address");
        assertThat(refusals("private-address")).isEqualTo(1);
    }

    @Test
    void acceptsAPublicHttpsTarget() {
        assertThatCode(() -> guard(true, List.of()).check(URI.create("https://crm.example.com/hooks")))
                .doesNotThrowAnyException();
    }

    @Test
    void requiresHttpsOutsideTheLocalProfile() {
        assertThatThrownBy(() -> guard(true, List.of()).check(URI.create("http://crm.example.com/hooks")))
                .isInstanceOf(TargetRefused.class).hasMessageContaining("https");
        assertThatCode(() -> guard(false, List.of()).check(URI.create("http://crm.example.com/hooks")))
                .doesNotThrowAnyException();
        assertThat(refusals("scheme")).isEqualTo(1);
    }

    @Test
    void theAllowListOpensExactlyTheListedHostAndPort() {
        TargetGuard guard = guard(false, List.of("127.0.0.1:18999"));

        assertThatCode(() -> guard.check(URI.create("http://127.0.0.1:18999/hook"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> guard.check(URI.create("http://127.0.0.1:18998/hook"))).isInstanceOf(TargetRefused.class);
        assertThatThrownBy(() -> guard.check(URI.create("http://loopback.attacker.example:18999/hook")))
                .isInstanceOf(TargetRefused.class);
    }

    @Test
    void refusesUserInfoAndUnresolvableHosts() {
        TargetGuard guard = guard(true, List.of());

        assertThatThrownBy(() -> guard.check(URI.create("https://user:pw@crm.example.com/x"))).isInstanceOf(TargetRefused.class);
        assertThatThrownBy(() -> guard.check(URI.create("https://nowhere.invalid/x"))).isInstanceOf(TargetRefused.class)
                .extracting(e -> ((TargetRefused) e).reason()).isEqualTo("unresolvable");
    }
}
