package io.serviceops.notification.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.serviceops.events.notification.Recipient;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpSmsTransportTest {

    private HttpServer provider;
    private final AtomicInteger status = new AtomicInteger(202);
    private final AtomicReference<String> body = new AtomicReference<>();
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private volatile long delayMillis;

    @BeforeEach
    void start() throws Exception {
        provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        provider.createContext("/sms", exchange -> {
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        provider.start();
    }

    @AfterEach
    void stop() {
        provider.stop(0);
    }

    private HttpSmsTransport transport() {
        URI url = URI.create("http://127.0.0.1:" + provider.getAddress().getPort() + "/sms");
        return new HttpSmsTransport(new NotificationProperties(ZoneId.of("Asia/Shanghai"), "from", "http://gw", 5,
                Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofSeconds(5),
                new NotificationProperties.Sms(url, "sms-key", Duration.ofMillis(500))));
    }

    private static CustomerNotification notification() {
        return CustomerNotification.of("cmp-1:COMPLAINT_ACKNOWLEDGED", "COMPLAINT_ACKNOWLEDGED", "cmp-1", "cust-77",
                new Recipient(null, "+86 21 5555 0101", "zh-CN", true), Map.of(), Instant.EPOCH);
    }

    private static final MessageTemplates.Message MESSAGE = new MessageTemplates.Message("已收到", "我们已收到您的投诉");

    @Test
    void postsTheTextToThePhoneWithTheProvidersKey() {
        transport().send(notification(), MESSAGE);

        assertThat(body.get()).contains("\"to\":\"+86 21 5555 0101\"", "我们已收到您的投诉",
                "\"reference\":\"cmp-1:COMPLAINT_ACKNOWLEDGED\"");
        assertThat(authorization.get()).isEqualTo("Bearer sms-key");
        assertThat(notification().channel()).isEqualTo(Channel.SMS);
    }

    @Test
    void aRefusalMayBeTriedAgainButNoAnswerInTimeMayNot() {
        status.set(503);
        assertThatThrownBy(() -> transport().send(notification(), MESSAGE)).isInstanceOf(Transport.NotDelivered.class);

        status.set(202);
        delayMillis = 1500;
        assertThatThrownBy(() -> transport().send(notification(), MESSAGE)).isInstanceOf(Transport.Uncertain.class);
    }
}
