package io.serviceops.testsupport;

/** Supplies the embedded broker and store to a test context. */
public class EmbeddedInfrastructureInitializer extends InfrastructureInitializer {

    @Override
    String mongoUri(String database) {
        return EmbeddedServers.mongoUri(database);
    }

    @Override
    String kafkaBootstrapServers() {
        return EmbeddedServers.kafkaBootstrapServers();
    }
}
