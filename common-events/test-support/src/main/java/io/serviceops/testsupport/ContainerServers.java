package io.serviceops.testsupport;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * Real MongoDB (single-node replica set, so transactions and change streams exist) and Kafka in
 * containers, started once per test JVM on first use.
 */
final class ContainerServers {

    private static MongoDBContainer mongo;
    private static KafkaContainer kafka;

    private ContainerServers() {
    }

    static synchronized String mongoUri(String database) {
        if (mongo == null) {
            mongo = new MongoDBContainer("mongo:8.0");
            mongo.start();
        }
        return mongo.getReplicaSetUrl(database);
    }

    static synchronized String kafkaBootstrapServers() {
        if (kafka == null) {
            kafka = new KafkaContainer("apache/kafka:4.1.2");
            kafka.start();
        }
        return kafka.getBootstrapServers();
    }
}
