package io.serviceops.notification.webhook.target;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.notification.webhook.WebhookProperties;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Server-side request forgery protection: a webhook may only reach public addresses. The target's host
 * is resolved and refused if any address is loopback, link-local (which includes the cloud metadata
 * address 169.254.169.254), private (10/8, 172.16/12, 192.168/16, fc00::/7), carrier-grade NAT
 * (100.64/10), unspecified or multicast — at subscription time and again before every delivery, since
 * DNS answers change. Plain http is refused unless configured (the local profile). Entries of the
 * allow-list ({@code host} or {@code host:port}) skip the address check, for local tests only.
 * Every refusal is counted in {@code serviceops_webhook_target_refusals_total{reason}}.
 */
public class TargetGuard {

    private static final Set<String> METADATA_NAMES = Set.of("metadata.google.internal", "metadata",
            "instance-data", "instance-data.ec2.internal");

    private final WebhookProperties.Target config;
    private final HostResolver resolver;
    private final MeterRegistry metrics;

    public TargetGuard(WebhookProperties.Target config, HostResolver resolver, MeterRegistry metrics) {
        this.config = config;
        this.resolver = resolver;
        this.metrics = metrics;
        for (String reason : List.of("scheme", "private-address", "unresolvable", "redirect")) {
            refusals(reason).increment(0);
        }
    }

    /** @throws TargetRefused naming why the target may not be called */
    public void check(URI target) {
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && !config.requireHttps())) {
            throw refuse("scheme", "must be an https URL" + (config.requireHttps() ? "" : " or an http URL"));
        }
        String host = target.getHost();
        if (host == null || host.isBlank() || target.getUserInfo() != null) {
            throw refuse("scheme", "must name a host and carry no user name or password");
        }
        host = host.toLowerCase(Locale.ROOT);
        if (allowListed(host, target.getPort())) {
            return;
        }
        if (METADATA_NAMES.contains(host)) {
            throw refuse("private-address", "names a cloud metadata service");
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw refuse("unresolvable", "host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                throw refuse("private-address", "resolves to a loopback, link-local, private or metadata address ("
                        + address.getHostAddress() + ")");
            }
        }
    }

    /** Counts a redirect the client refused to follow. */
    public void redirectRefused() {
        refusals("redirect").increment();
    }

    private boolean allowListed(String host, int port) {
        return config.allowed().stream().map(entry -> entry.toLowerCase(Locale.ROOT))
                .anyMatch(entry -> entry.equals(host) || entry.equals(host + ":" + port));
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = bytes[0] & 0xff;
            int second = bytes[1] & 0xff;
            return first == 0 || (first == 100 && second >= 64 && second < 128) || (first == 192 && second == 0
                    && (bytes[2] & 0xff) == 0) || first >= 240;
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (bytes[0] & 0xfe) == 0xfc;
            boolean mappedV4 = isV4Mapped(bytes);
            if (mappedV4) {
                try {
                    return isInternal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(bytes, 12, 16)));
                } catch (UnknownHostException impossible) {
                    return true;
                }
            }
            return uniqueLocal;
        }
        return true;
    }

    private static boolean isV4Mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
    }

    private TargetRefused refuse(String reason, String message) {
        refusals(reason).increment();
        return new TargetRefused(reason, message);
    }

    private Counter refusals(String reason) {
        return Counter.builder("serviceops.webhook.target.refusals")
                .description("Webhook targets refused: SSRF protection (private addresses, scheme, redirects)")
                .tag("reason", reason).register(metrics);
    }
}
