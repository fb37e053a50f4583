package io.serviceops.notification.customer;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * SMS through a provider's HTTP API: {@code POST <url>} with {@code {"to", "text", "reference"}} and a
 * bearer key; any 2xx means the provider took it. Providers differ only in this class's request, so
 * another one is another {@link Transport}.
 */
@Component
class HttpSmsTransport implements Transport {

    private final NotificationProperties.Sms sms;
    private final HttpClient http;
    private final JsonMapper json = JsonMapper.builder().build();

    HttpSmsTransport(NotificationProperties properties) {
        this.sms = properties.sms();
        this.http = HttpClient.newBuilder().connectTimeout(sms.timeout()).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    boolean enabled() {
        return sms.enabled();
    }

    @Override
    public void send(CustomerNotification notification, MessageTemplates.Message message) {
        String body = json.writeValueAsString(java.util.Map.of("to", notification.recipient().phone(),
                "text", message.subject() + "\n" + message.body(), "reference", notification.id()));
        HttpRequest.Builder request = HttpRequest.newBuilder(sms.url()).timeout(sms.timeout())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (sms.apiKey() != null && !sms.apiKey().isBlank()) {
            request.header("Authorization", "Bearer " + sms.apiKey());
        }
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new NotDelivered("the SMS provider answered " + response.statusCode(), null);
            }
        } catch (java.net.http.HttpTimeoutException e) {
            throw new Uncertain("the SMS provider did not answer within " + sms.timeout(), e);
        } catch (IOException e) {
            throw new NotDelivered("the SMS provider could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotDelivered("interrupted", e);
        }
    }
}
