package io.serviceops.testsupport;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** Supplies real MongoDB (single-node replica set, so transactions and change streams exist) and Kafka. */
public class ContainerInfrastructureInitializer extends InfrastructureInitializer {

    private static MongoDBContainer mongo;
    private static KafkaContainer kafka;

    @Override
    String mongoUri(String database) {
        synchronized (ContainerInfrastructureInitializer.class) {
            if (mongo == null) {
                mongo = new MongoDBContainer("mongo:8.0");
                mongo.start();
            }
        }
        return mongo.getReplicaSetUrl(database);
    }

    @Override
    String kafkaBootstrapServers() {
        synchronized (ContainerInfrastructureInitializer.class) {
            if (kafka == null) {
                kafka = new KafkaContainer("apache/kafka:4.1.2");
                kafka.start();
            }
        }
        return kafka.getBootstrapServers();
    }
}
