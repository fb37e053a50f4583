package io.serviceops.testsupport;

import io.serviceops.eventing.json.EventCodec;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.IntegrationEvent;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes events as another service would, so a consumer can be tested on its own. */
public final class EventInjector implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public EventInjector(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    }

    /** Wraps and publishes a new event; publish the returned envelope again to simulate a redelivery. */
    public <E extends IntegrationEvent> EventEnvelope<E> publish(E event) {
        EventEnvelope<E> envelope = EventEnvelope.wrap(event, Instant.now(), "test");
        publish(envelope);
        return envelope;
    }

    public void publish(EventEnvelope<?> envelope) {
        publishRaw(envelope.topic(), envelope.subject(), EventCodec.INSTANCE.encode(envelope));
    }

    /** Publishes any text, e.g. a malformed record that must end on the dead-letter topic. */
    public void publishRaw(String topic, String key, String value) {
        try {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("broker refused the test event", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
