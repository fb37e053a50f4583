package io.serviceops.eventing;

import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.eventing.inbound.EventHandler;
import io.serviceops.eventing.inbound.InboundEventDispatcher;
import io.serviceops.eventing.inbound.ProcessedEvents;
import io.serviceops.eventing.inbound.RetryProperties;
import io.serviceops.eventing.json.MalformedEvent;
import io.serviceops.eventing.outbox.OutboxMetrics;
import io.serviceops.eventing.outbox.OutboxProperties;
import io.serviceops.eventing.outbox.OutboxRelay;
import io.serviceops.eventing.outbox.OutboxRelayScheduler;
import io.serviceops.eventing.outbox.OutboxEncoding;
import io.serviceops.eventing.outbox.OutboxWrites;
import io.serviceops.eventing.outbox.RecentWrites;
import io.serviceops.eventing.privacy.EncryptionProperties;
import io.serviceops.eventing.privacy.FieldEncryption;
import io.serviceops.eventing.privacy.PersonalDataHolder;
import io.serviceops.eventing.privacy.PersonalDataRequests;
import io.serviceops.eventing.privacy.shredding.CustomerKeyDirectory;
import io.serviceops.eventing.privacy.shredding.CustomerKeyProperties;
import io.serviceops.eventing.privacy.shredding.CustomerKeyRelay;
import io.serviceops.eventing.privacy.shredding.CustomerKeyShredding;
import io.serviceops.eventing.privacy.shredding.CustomerKeyStore;
import io.serviceops.eventing.privacy.shredding.CustomerKeyTopicReader;
import io.serviceops.eventing.privacy.shredding.PersonalEventFields;
import io.serviceops.events.IntegrationEvent;
import io.serviceops.events.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;
import java.util.List;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.EnableKafka;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/** Wires reliable publishing and idempotent consumption into every service that has this jar. */
@AutoConfiguration(after = {DataMongoAutoConfiguration.class, KafkaAutoConfiguration.class})
@EnableKafka
@EnableConfigurationProperties({OutboxProperties.class, RetryProperties.class, EncryptionProperties.class,
        CustomerKeyProperties.class})
public class EventPlumbingAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    LockProvider lockProvider(MongoDatabaseFactory mongo) {
        return new MongoLockProvider(mongo.getMongoDatabase());
    }

    @Bean
    @ConditionalOnMissingBean
    LockingTaskExecutor lockingTaskExecutor(LockProvider lockProvider) {
        return new DefaultLockingTaskExecutor(lockProvider);
    }

    @Bean
    OutboxMetrics outboxMetrics(MeterRegistry registry, Clock clock) {
        return new OutboxMetrics(registry, clock);
    }

    @Bean
    RecentWrites recentOutboxWrites() {
        return new RecentWrites();
    }

    /** Seals personal event fields as they are stored when the service publishes any, else stores events as raised. */
    @Bean
    OutboxEncoding outboxEncoding(ObjectProvider<PersonalEventFields> personalFields) {
        UnaryOperator<IntegrationEvent> sealing = personalFields.getIfAvailable();
        return new OutboxEncoding(sealing == null ? UnaryOperator.identity() : sealing);
    }

    @Bean
    OutboxWrites outboxWrites(RecentWrites recent) {
        return new OutboxWrites(recent);
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, LockingTaskExecutor locks,
            OutboxProperties properties, OutboxMetrics metrics, RecentWrites recent) {
        return new OutboxRelay(mongo, kafka, locks, properties, metrics, recent);
    }

    @Bean
    @ConditionalOnProperty(name = "serviceops.outbox.scheduled", matchIfMissing = true)
    OutboxRelayScheduler outboxRelayScheduler(OutboxRelay relay, RecentWrites recent, OutboxProperties properties) {
        return new OutboxRelayScheduler(relay, recent, properties.sweepInterval());
    }

    @Bean
    ProcessedEvents processedEvents(MongoTemplate mongo) {
        return new ProcessedEvents(mongo);
    }

    /** Encryption at rest of personal fields, for a service configured with its keys. */
    @Bean
    @ConditionalOnProperty(name = "serviceops.privacy.encryption.keys")
    FieldEncryption fieldEncryption(EncryptionProperties keys) {
        return FieldEncryption.of(keys.keys(), keys.hashKey());
    }

    /**
     * A producer of personal event fields keeps one key per customer and seals the fields under it; an erasure
     * destroys the keys (crypto-shredding, docs/privacy.md). Declared before {@code personalDataRequests},
     * whose condition looks for holders.
     */
    @Bean
    @ConditionalOnProperty(name = "serviceops.privacy.customer-keys.seal", havingValue = "true")
    CustomerKeyStore customerKeyStore(MongoTemplate mongo, FieldEncryption ring, MeterRegistry metrics, Clock clock) {
        return new CustomerKeyStore(mongo, ring, metrics, clock);
    }

    @Bean
    @ConditionalOnBean(CustomerKeyStore.class)
    PersonalEventFields personalEventFields(CustomerKeyStore keys) {
        return new PersonalEventFields(keys);
    }

    @Bean
    @ConditionalOnBean(CustomerKeyStore.class)
    CustomerKeyShredding customerKeyShredding(CustomerKeyStore keys) {
        return new CustomerKeyShredding(keys);
    }

    @Bean
    @ConditionalOnBean(CustomerKeyStore.class)
    CustomerKeyRelay customerKeyRelay(CustomerKeyStore keys, KafkaTemplate<String, String> kafka,
            CustomerKeyProperties properties, OutboxProperties outbox) {
        return new CustomerKeyRelay(keys, kafka, properties.retryInterval(), properties.sweepInterval(),
                outbox.sendTimeout());
    }

    /** The documented path to clear personal fields for the services that need them: the keys topic, kept in the service's store. */
    @Bean
    @ConditionalOnProperty(name = "serviceops.privacy.customer-keys.read", havingValue = "true")
    CustomerKeyDirectory customerKeyDirectory(MongoTemplate mongo, FieldEncryption ring, MeterRegistry metrics,
            Clock clock, CustomerKeyProperties properties) {
        return new CustomerKeyDirectory(mongo, ring, metrics, clock, properties.waitForKey(), properties.openedKeysHeld());
    }

    @Bean
    @ConditionalOnBean(CustomerKeyDirectory.class)
    CustomerKeyTopicReader customerKeyTopicReader(ConsumerFactory<?, ?> consumers, CustomerKeyDirectory directory,
            MongoTemplate mongo) {
        return new CustomerKeyTopicReader(consumers.getConfigurationProperties(), directory, mongo);
    }

    /**
     * A service with records about customers answers personal-data requests (export, erasure); declared
     * before the dispatcher, whose condition looks for handlers. Its answers live in
     * {@code privacy_answers}, which the service lists among its outbox collections.
     */
    @Bean
    @ConditionalOnBean(PersonalDataHolder.class)
    PersonalDataRequests personalDataRequests(@Value("${spring.application.name}") String service,
            List<PersonalDataHolder> holders, MongoTemplate mongo, MeterRegistry metrics, Clock clock) {
        return new PersonalDataRequests(service, holders, mongo, metrics, clock);
    }

    @Bean
    @ConditionalOnBean(EventHandler.class)
    InboundEventDispatcher inboundEventDispatcher(List<EventHandler<?>> handlers, ProcessedEvents processed,
            MeterRegistry metrics, Clock clock) {
        return new InboundEventDispatcher(handlers, processed, metrics, clock);
    }

    /** Retries with back-off, then parks the record on {@code <topic>.DLT} instead of skipping it. */
    @Bean
    @ConditionalOnMissingBean
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<String, String> kafka, RetryProperties retry,
            MeterRegistry metrics) {
        var backOff = new ExponentialBackOffWithMaxRetries(retry.maxRetries());
        backOff.setInitialInterval(retry.initialBackOff().toMillis());
        backOff.setMaxInterval(retry.maxBackOff().toMillis());
        // Named explicitly: spring-kafka's default destination changed between versions (.DLT vs -dlt).
        var recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, failure) -> new TopicPartition(Topics.deadLetterOf(record.topic()), record.partition()));
        var handler = new DefaultErrorHandler((record, failure) -> {
            metrics.counter("serviceops.events.dead.lettered", "topic", record.topic()).increment();
            recoverer.accept(record, failure);
        }, backOff);
        handler.addNotRetryableExceptions(MalformedEvent.class);
        return handler;
    }

    /**
     * Every topic and its dead-letter topic with the same partition count, as the recoverer needs; the
     * privacy topic (and its dead letters) keeps records only {@link Topics#PRIVACY_RETENTION}.
     */
    @Bean
    KafkaAdmin.NewTopics serviceopsTopics(RetryProperties retry) {
        return new KafkaAdmin.NewTopics(Stream.of(Topics.COMPLAINTS, Topics.FEEDBACK, Topics.KPI, Topics.TRAINING,
                        Topics.NOTIFICATIONS, Topics.PRIVACY)
                .flatMap(topic -> Stream.of(topic, Topics.deadLetterOf(topic)))
                .map(topic -> {
                    TopicBuilder builder = TopicBuilder.name(topic).partitions(retry.partitions()).replicas(-1);
                    return topic.startsWith(Topics.PRIVACY)
                            ? builder.config("retention.ms", String.valueOf(Topics.PRIVACY_RETENTION.toMillis())).build()
                            : builder.build();
                })
                .toArray(NewTopic[]::new));
    }

    /**
     * The keys topic is compacted (only each key's latest state stays) and keeps tombstones for good: a reader
     * starting later must still learn that a key was shredded rather than wait for it. The tombstones hold
     * nothing but a random key id.
     */
    @Bean
    NewTopic serviceopsCustomerKeysTopic(RetryProperties retry) {
        return TopicBuilder.name(Topics.CUSTOMER_KEYS).partitions(retry.partitions()).replicas(-1).compact()
                .config("delete.retention.ms", String.valueOf(Long.MAX_VALUE))
                .config("min.cleanable.dirty.ratio", "0.01").config("segment.ms", String.valueOf(Duration.ofHours(1).toMillis()))
                .build();
    }

    /** Fail fast while the broker is away: the outbox keeps the event and the relay tries again. */
    @Bean
    DefaultKafkaProducerFactoryCustomizer serviceopsProducerDefaults() {
        return factory -> factory.updateConfigs(java.util.Map.of(
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 5_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000));
    }

    /** A new consumer group reads the whole history, which is what rebuilding state from events needs. */
    @Bean
    DefaultKafkaConsumerFactoryCustomizer serviceopsConsumerDefaults() {
        return factory -> factory.updateConfigs(java.util.Map.of(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"));
    }

}
