package io.serviceops.localinfra.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 16 #8: the ACLs of deploy/kafka/acls.txt — the file deploy/kafka/kafka-acls.sh applies in compose and
 * Kubernetes — on a real broker with SASL/SCRAM and the StandardAuthorizer. Each service's SCRAM principal
 * writes its own topic and is refused another's; only notification-service reads the notifications topic;
 * only the services that open personal event fields read the customer keys; a wrong password is refused at authentication. Every attempt is printed with its outcome.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaAclsTest {

    private static final Path ACLS = Path.of(System.getProperty("serviceops.kafka.acls", "../kafka/acls.txt"));
    private static final List<String> TOPICS = List.of("serviceops.complaints.v1", "serviceops.feedback.v1",
            "serviceops.kpi.v1", "serviceops.training.v1", "serviceops.notifications.v1");

    private ScramBroker broker;
    private final Map<String, String> passwords = new HashMap<>();

    @BeforeAll
    void startABrokerWithTheDeployedAcls() throws Exception {
        List<AclBinding> acls = AclFile.read(ACLS);
        broker = new ScramBroker();
        try (Admin admin = broker.admin()) {
            awaitCluster(admin);
            List<UserScramCredentialUpsertion> users = new ArrayList<>();
            for (String service : AclFile.principals(acls)) {
                passwords.put(service, UUID.randomUUID().toString());
                users.add(new UserScramCredentialUpsertion(service,
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 8192), passwords.get(service)));
            }
            admin.alterUserScramCredentials(new ArrayList<>(users)).all().get(60, TimeUnit.SECONDS);
            List<NewTopic> topics = new ArrayList<>();
            for (String topic : TOPICS) {
                topics.add(new NewTopic(topic, 1, (short) 1));
                topics.add(new NewTopic(topic + ".DLT", 1, (short) 1));
            }
            topics.add(new NewTopic("serviceops.customer-keys.v1", 1, (short) 1)
                    .configs(Map.of("cleanup.policy", "compact")));
            admin.createTopics(topics).all().get(60, TimeUnit.SECONDS);
            admin.createAcls(acls).all().get(60, TimeUnit.SECONDS);
            System.out.println("[kafka-acls] " + acls.size() + " grants from " + ACLS + " for " + passwords.keySet());
        }
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void eachServiceWritesItsOwnTopicAndIsRefusedAnothers() {
        Map<String, String> own = new LinkedHashMap<>();
        own.put("complaint-service", "serviceops.complaints.v1");
        own.put("feedback-service", "serviceops.feedback.v1");
        own.put("kpi-service", "serviceops.kpi.v1");
        own.put("training-service", "serviceops.training.v1");
        own.forEach((service, topic) -> {
            assertEquals("written", write(service, topic), service + " → " + topic);
            for (String other : own.values()) {
                if (!other.equals(topic)) {
                    assertEquals("refused", write(service, other), service + " → " + other);
                }
            }
        });
        assertEquals("refused", write("notification-service", "serviceops.complaints.v1"));
        assertEquals("written", write("kpi-service", "serviceops.complaints.v1.DLT"), "a consumer parks poison records");
    }

    @Test
    void onlyNotificationServiceReadsTheNotificationsTopicWhichOnlyItsRequestersWrite() {
        for (String requester : List.of("complaint-service", "feedback-service", "training-service")) {
            assertEquals("written", write(requester, "serviceops.notifications.v1"), requester);
        }
        assertEquals("refused", write("kpi-service", "serviceops.notifications.v1"));
        assertEquals("refused", write("notification-service", "serviceops.notifications.v1"));

        assertTrue(read("notification-service", "serviceops.notifications.v1") > 0);
        for (String service : List.of("complaint-service", "feedback-service", "kpi-service", "training-service")) {
            assertEquals(-1, read(service, "serviceops.notifications.v1"), service + " must not read contact data");
        }
    }

    @Test
    void onlyTheServicesThatOpenPersonalEventFieldsReadTheCustomerKeysWhichOnlyTheirProducersWrite() {
        for (String producer : List.of("complaint-service", "feedback-service")) {
            assertEquals("written", write(producer, "serviceops.customer-keys.v1"), producer);
        }
        for (String other : List.of("kpi-service", "training-service", "notification-service")) {
            assertEquals("refused", write(other, "serviceops.customer-keys.v1"), other);
        }
        for (String reader : List.of("complaint-service", "feedback-service", "notification-service")) {
            assertTrue(read(reader, "serviceops.customer-keys.v1") > 0, reader);
        }
        for (String service : List.of("kpi-service", "training-service")) {
            assertEquals(-1, read(service, "serviceops.customer-keys.v1"), service + " must not read customers' keys");
        }
    }

    @Test
    void everyServiceReadsTheGeneralTopicsInItsOwnGroup() {
        assertEquals("written", write("complaint-service", "serviceops.complaints.v1"));
        assertTrue(read("kpi-service", "serviceops.complaints.v1") > 0);
        assertTrue(read("notification-service", "serviceops.complaints.v1") > 0);
        assertEquals(-1, readInGroup("kpi-service", "serviceops.complaints.v1", "complaint-service"),
                "another service's consumer group");
    }

    @Test
    void aWrongPasswordOrAnUnknownUserIsRefusedAtAuthentication() {
        Map<String, Map<String, Object>> clients = Map.of("kpi-service with a wrong password",
                broker.client("kpi-service", "not-the-password"), "an unknown user", broker.client("mallory", "anything"));
        clients.forEach((attempt, client) -> {
            Properties settings = new Properties();
            settings.putAll(client);
            try (Admin admin = Admin.create(settings)) {
                ExecutionException refused = assertThrows(ExecutionException.class,
                        () -> admin.describeCluster().nodes().get(30, TimeUnit.SECONDS));
                assertInstanceOf(SaslAuthenticationException.class, refused.getCause());
                System.out.println("[kafka-acls] CASE: " + attempt + ": refused at authentication");
            }
        });
    }

    /** "written", or "refused" when the broker refuses the topic to this principal. */
    private String write(String service, String topic) {
        Map<String, Object> settings = new HashMap<>(broker.client(service, passwords.get(service)));
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 20_000);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        String outcome;
        try (var producer = new KafkaProducer<>(settings, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "key", "{\"from\":\"" + service + "\"}")).get(30, TimeUnit.SECONDS);
            outcome = "written";
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicAuthorizationException)) {
                throw new AssertionError(service + " → " + topic, e);
            }
            outcome = "refused";
        } catch (TopicAuthorizationException e) {
            outcome = "refused";
        } catch (Exception e) {
            throw new AssertionError(service + " → " + topic, e);
        }
        System.out.println("[kafka-acls] CASE: " + service + " writes " + topic + ": " + outcome);
        return outcome;
    }

    /** The records read in the service's own group, or -1 when the broker refuses the topic or group. */
    private int read(String service, String topic) {
        return readInGroup(service, topic, service);
    }

    private int readInGroup(String service, String topic, String group) {
        Map<String, Object> settings = new HashMap<>(broker.client(service, passwords.get(service)));
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        int count;
        try (var consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            count = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (count == 0 && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> ignored : consumer.poll(Duration.ofMillis(500))) {
                    count++;
                }
            }
        } catch (TopicAuthorizationException | org.apache.kafka.common.errors.GroupAuthorizationException e) {
            count = -1;
        }
        System.out.println("[kafka-acls] CASE: " + service + " reads " + topic + " in group " + group + ": "
                + (count < 0 ? "refused" : count + " records"));
        return count;
    }

    private void awaitCluster(Admin admin) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (true) {
            try {
                admin.describeCluster().nodes().get(10, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("broker did not start:\n" + broker.log(), e);
                }
                Thread.sleep(1000);
            }
        }
    }
}
