package io.serviceops.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** One embedded store and one embedded KRaft broker per test JVM, started on first use. */
public final class EmbeddedServers {

    private static String mongoAddress;
    private static EmbeddedKafkaKraftBroker kafka;

    private EmbeddedServers() {
    }

    public static synchronized String mongoUri(String database) {
        if (mongoAddress == null) {
            MongoServer mongo = new MongoServer(new MemoryBackend());
            var address = mongo.bind();
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::shutdownNow));
            mongoAddress = address.getHostString() + ":" + address.getPort();
        }
        return "mongodb://" + mongoAddress + "/" + database;
    }

    public static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            kafka = new EmbeddedKafkaKraftBroker(1, 3);
            kafka.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::destroy));
        }
        return kafka.getBrokersAsString();
    }
}
