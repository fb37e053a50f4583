package io.serviceops.notification;

import io.serviceops.eventing.privacy.FieldEncryption;
import io.serviceops.notification.customer.RecipientAtRest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

    /** Customers' addresses are stored encrypted ({@link RecipientAtRest}). */
    @Bean
    MongoCustomConversions mongoCustomConversions(FieldEncryption encryption) {
        return MongoCustomConversions.create(config -> config.registerConverters(RecipientAtRest.converters(encryption)));
    }
}
