package io.serviceops.eventing.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.serviceops.eventing.KafkaProcess;
import io.serviceops.eventing.json.EventCodec;
import io.serviceops.eventing.receiver.ReceiverApplication;
import io.serviceops.eventing.receiver.ReopenedComplaints;
import io.serviceops.eventing.testapp.Parcel;
import io.serviceops.eventing.testapp.ParcelApplication;
import io.serviceops.eventing.testapp.Parcels;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.Topics;
import io.serviceops.events.complaint.ComplaintReopened;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two applications, one publishing through its outbox and one consuming, joined only by a real
 * broker: the event arrives as soon as it is saved, in the trace it was recorded in, a redelivery
 * changes nothing, and what cannot be processed is parked on the dead-letter topic without blocking
 * what follows.
 */
class EventTravelTest {

    /** As the services' application.yml has it. */
    private static final Map<String, Object> TRACING = Map.of("management.tracing.sampling.probability", "1.0",
            "spring.kafka.template.observation-enabled", "true",
            "spring.kafka.listener.observation-enabled", "true");

    private static final KafkaProcess broker = new KafkaProcess();
    private static ConfigurableApplicationContext sender;
    private static ConfigurableApplicationContext receiver;
    private static KafkaProducer<String, String> otherProducer;

    @BeforeAll
    static void start() {
        broker.start();
        MongoServer mongo = new MongoServer(new MemoryBackend());
        var store = mongo.bind();
        String mongoBase = "mongodb://127.0.0.1:" + store.getPort() + "/";
        sender = new SpringApplicationBuilder(ParcelApplication.class).properties(Map.of(
                "spring.application.name", "sender", "server.port", "0",
                "spring.mongodb.uri", mongoBase + "sender",
                "spring.kafka.bootstrap-servers", broker.bootstrapServers(),
                "serviceops.outbox.collections", "parcels",
                // No sweep after the first: every event here travels because its save was noticed.
                "serviceops.outbox.sweep-interval", "1h")).properties(TRACING).run();
        receiver = new SpringApplicationBuilder(ReceiverApplication.class).properties(Map.of(
                "spring.application.name", "receiver", "server.port", "0",
                "spring.mongodb.uri", mongoBase + "receiver",
                "spring.kafka.bootstrap-servers", broker.bootstrapServers(),
                "serviceops.events.max-retries", "2",
                "serviceops.events.initial-back-off", "50ms")).properties(TRACING).run();
        otherProducer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    @AfterAll
    static void stop() {
        try {
            Stream.of(otherProducer, receiver, sender).filter(Objects::nonNull).forEach(EventTravelTest::closeQuietly);
        } finally {
            broker.stop();
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            // Closing after a failed start: the broker must still be stopped.
        }
    }

    @Test
    void anEventTravelsFromOneServiceThroughTheBrokerToAnother() {
        Parcel parcel = new Parcel("travel-1");
        parcel.move("handed over");
        sender.getBean(Parcels.class).save(parcel);

        await().atMost(Duration.ofSeconds(30)).until(() -> handled().contains("handed over"));
    }

    @Test
    void anEventRecordedInATraceIsHandledInThatTrace() {
        Tracer tracer = sender.getBean(Tracer.class);
        Span request = tracer.nextSpan().name("request").start();
        try (Tracer.SpanInScope ignored = tracer.withSpan(request)) {
            Parcel parcel = new Parcel("traced-1");
            parcel.move("traced");
            sender.getBean(Parcels.class).save(parcel);
        } finally {
            request.end();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> handled().contains("traced"));
        assertThat(receiver.getBean(ReopenedComplaints.class).traceIdOf("traced"))
                .contains(request.context().traceId());
    }

    @Test
    void aRedeliveredEventIsHandledOnce() throws Exception {
        var event = EventEnvelope.wrap(new ComplaintReopened("dup-1", "store-1", null, "twice", Instant.now()),
                Instant.now(), "test");

        send(event);
        send(event);
        send(EventEnvelope.wrap(new ComplaintReopened("dup-1", "store-1", null, "after", Instant.now()), Instant.now(), "t"));

        await().atMost(Duration.ofSeconds(30)).until(() -> handled().contains("after"));
        assertThat(handled().stream().filter("twice"::equals)).hasSize(1);
        assertThat(consumed("duplicate")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void parksWhatItCannotProcessOnTheDeadLetterTopicAndCarriesOn() throws Exception {
        otherProducer.send(new ProducerRecord<>(Topics.COMPLAINTS, "bad-1", "{not an event")).get();
        send(EventEnvelope.wrap(new ComplaintReopened("bad-2", "store-1", null, "poison", Instant.now()), Instant.now(), "t"));
        send(EventEnvelope.wrap(new ComplaintReopened("bad-3", "store-1", null, "fine", Instant.now()), Instant.now(), "t"));

        await().atMost(Duration.ofSeconds(30)).until(() -> handled().contains("fine"));
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters().contains("{not an event") && deadLetters()
                .stream().anyMatch(text -> text.contains("\"poison\"")));
        assertThat(receiver.getBean(MeterRegistry.class).get("serviceops.events.dead.lettered").counter().count())
                .isGreaterThanOrEqualTo(2);
    }

    private static java.util.List<String> handled() {
        return receiver.getBean(ReopenedComplaints.class).reasons();
    }

    private static double consumed(String outcome) {
        var counter = receiver.getBean(MeterRegistry.class).find("serviceops.events.consumed").tag("outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static java.util.List<String> deadLetters() {
        return broker.readRaw(Topics.deadLetterOf(Topics.COMPLAINTS), Duration.ofSeconds(2));
    }

    private static void send(EventEnvelope<?> event) throws Exception {
        otherProducer.send(new ProducerRecord<>(event.topic(), event.subject(), EventCodec.INSTANCE.encode(event))).get();
    }
}
