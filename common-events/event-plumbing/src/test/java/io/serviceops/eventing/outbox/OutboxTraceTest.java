package io.serviceops.eventing.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.serviceops.eventing.testapp.Parcel;
import java.util.function.UnaryOperator;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.mapping.event.BeforeConvertEvent;

/** An event keeps the trace it was recorded in until the relay sends it. */
class OutboxTraceTest {

    private final SdkTracerProvider provider = SdkTracerProvider.builder().build();
    private final Tracer tracer = provider.get("test");

    @AfterEach
    void close() {
        provider.close();
    }

    @Test
    void anEventRecordedOutsideATraceCarriesNone() {
        Parcel parcel = new Parcel("untraced");
        parcel.move("packed");

        assertThat(parcel.pendingEvents().get(0).traceContext()).isNull();
    }

    @Test
    void anEventSavedInATraceCarriesItsTraceparent() {
        Parcel parcel = new Parcel("traced");
        parcel.move("packed");
        Span request = tracer.spanBuilder("request").startSpan();
        try (Scope ignored = request.makeCurrent()) {
            new OutboxEncoding(UnaryOperator.identity()).onBeforeConvert(new BeforeConvertEvent<>(parcel, "parcels"));
        } finally {
            request.end();
        }

        assertThat(parcel.pendingEvents().get(0).traceContext()).containsEntry("traceparent",
                "00-" + request.getSpanContext().getTraceId() + "-" + request.getSpanContext().getSpanId() + "-01");
    }

    @Test
    void whatIsStartedWhileAStoredTraceIsResumedIsItsChild() {
        Span request = tracer.spanBuilder("request").startSpan();
        Map<String, String> stored;
        try (Scope ignored = request.makeCurrent()) {
            stored = OutboxTrace.capture();
        } finally {
            request.end();
        }

        Span send;
        try (Scope ignored = OutboxTrace.resume(stored)) {
            send = tracer.spanBuilder("send").startSpan();
        }
        send.end();

        assertThat(send.getSpanContext().getTraceId()).isEqualTo(request.getSpanContext().getTraceId());
        assertThat(((ReadableSpan) send).getParentSpanContext().getSpanId())
                .isEqualTo(request.getSpanContext().getSpanId());
        assertThat(Span.current().getSpanContext().isValid()).as("nothing is left current after the send").isFalse();
    }
}
