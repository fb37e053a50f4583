package io.serviceops.localinfra;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * mongo-java-server's H2 backend, plus the few commands that current clients send and the
 * server does not know.
 *
 * <ul>
 *   <li>{@code hello}: the modern name of {@code isMaster} (MongoDB 4.4.2+). Spring Boot's
 *       MongoDB health indicator runs {@code {hello: 1}}; without this every service's
 *       {@code /actuator/health} would report DOWN against the local store. Answered as
 *       {@code isMaster} plus the {@code isWritablePrimary} field that replaced {@code ismaster}.</li>
 * </ul>
 */
final class CompatibleH2Backend extends H2Backend {

    CompatibleH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        if ("hello".equalsIgnoreCase(command)) {
            Document response = super.handleCommand(channel, databaseName, "isMaster", query);
            response.put("isWritablePrimary", Boolean.TRUE);
            return response;
        }
        return super.handleCommand(channel, databaseName, command, query);
    }
}
