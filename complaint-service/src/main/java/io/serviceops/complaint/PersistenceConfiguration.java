package io.serviceops.complaint;

import io.serviceops.complaint.complaint.ContactAtRest;
import io.serviceops.eventing.privacy.FieldEncryption;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;

@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

    /**
     * The driver's own java.time codecs store LocalDate and LocalTime (business calendars) in UTC,
     * instead of through the JVM's default zone, so replicas in different zones read the same days.
     * Customers' contacts are stored encrypted ({@link ContactAtRest}).
     */
    @Bean
    MongoCustomConversions mongoCustomConversions(FieldEncryption encryption) {
        return MongoCustomConversions.create(config -> config.useNativeDriverJavaTimeCodecs()
                .registerConverters(ContactAtRest.converters(encryption)));
    }
}
