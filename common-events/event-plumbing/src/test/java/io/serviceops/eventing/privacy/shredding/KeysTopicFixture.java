package io.serviceops.eventing.privacy.shredding;

import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.serviceops.eventing.KafkaProcess;
import io.serviceops.eventing.privacy.FieldEncryption;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * What the keys topic's tests run on: a real broker, a mongo-java-server store (a database of its own per
 * test) and a producer of string records, started before a test class's first test and stopped after its
 * last ({@code @RegisterExtension static}); and a random service ring to seal the keys under.
 */
final class KeysTopicFixture implements BeforeAllCallback, AfterAllCallback {

    private final KafkaProcess broker = new KafkaProcess();
    private final MongoServer mongoServer = new MongoServer(new MemoryBackend());
    private KafkaTemplate<String, String> kafka;

    @Override
    public void beforeAll(ExtensionContext context) {
        broker.start();
        mongoServer.bind();
        kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class)));
    }

    /** A service ring of one random key. */
    static FieldEncryption randomRing() {
        return FieldEncryption.of("1:" + randomKey(), randomKey());
    }

    private static String randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        broker.stop();
        mongoServer.shutdown();
    }

    /** A new, empty database of the store. */
    MongoTemplate newDatabase(String prefix) {
        var address = mongoServer.getLocalAddress();
        return new MongoTemplate(MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort()),
                prefix + "-" + UUID.randomUUID());
    }

    KafkaTemplate<String, String> kafka() {
        return kafka;
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }
}
