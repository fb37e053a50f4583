package io.serviceops.localinfra.launch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Starts the stack's components in order: the store, the broker, Redis, then the services and the gateway. */
final class StackStart {

    private final StackSettings settings;
    private final ProcessStarter starter;
    private final Readiness readiness = new Readiness();

    StackStart(StackSettings settings, ProcessStarter starter) {
        this.settings = settings;
        this.starter = starter;
    }

    void infrastructure() {
        if (settings.embeddedMongo()) {
            startStore();
        }
        if (settings.embeddedKafka()) {
            startKafka();
        }
        if (settings.localRedis()) {
            startRedis();
        }
    }

    void services() {
        Map<LocalSecret, String> secrets = new LinkedHashMap<>();
        LocalSecret.ALL.forEach(secret -> secrets.put(secret, secret.of(settings)));
        List<ProcessStarter.Started> started = new ArrayList<>();
        List<Integer> ports = new ArrayList<>();
        for (StackSettings.Service service : StackSettings.SERVICES) {
            started.add(startService(service, secrets));
            ports.add(settings.port(service.portVariable()));
        }
        readiness.awaitUp(started, ports, settings.startTimeout());
    }

    private void startStore() {
        int port = settings.port("MONGO_PORT");
        Console.say("Starting embedded MongoDB store on 127.0.0.1:" + port + " ...");
        Map<String, String> environment = Map.of("MONGO_PORT", String.valueOf(port),
                "SERVICEOPS_DATA_DIR", settings.dataDir().toString(),
                "MAIL_SMTP_PORT", settings.portSetting("MAIL_SMTP_PORT"), "MAIL_POP3_PORT", settings.portSetting("MAIL_POP3_PORT"));
        List<String> command = java(JvmFlags.store(settings.storeHeap()), "store");
        command.addAll(List.of("-cp", settings.infraClasspath(), "io.serviceops.localinfra.LocalStore"));
        readiness.awaitListening(starter.start("store", Tier.INFRA, command, environment), port, StackSettings.INFRA_TIMEOUT);
    }

    private void startKafka() {
        KafkaLogDirectory directory = new KafkaLogDirectory(settings);
        directory.prepare();
        int port = settings.port("KAFKA_PORT");
        Console.say("Starting Kafka broker on 127.0.0.1:" + port + " ...");
        List<String> command = java(JvmFlags.KAFKA, "kafka");
        command.addAll(List.of("-Djava.awt.headless=true", "-cp", settings.infraClasspath(), "kafka.Kafka",
                directory.properties().toString()));
        readiness.awaitListening(starter.start("kafka", Tier.INFRA, command, Map.of()), port, StackSettings.INFRA_TIMEOUT);
    }

    private void startRedis() {
        int port = settings.port("REDIS_PORT");
        Console.say("Starting Redis on 127.0.0.1:" + port + " (no persistence; it only holds rate-limit counters) ...");
        List<String> command = List.of("redis-server", "--bind", "127.0.0.1", "--port", String.valueOf(port),
                "--save", "", "--appendonly", "no");
        readiness.awaitListening(starter.start("redis", Tier.REDIS, command, Map.of()), port, StackSettings.INFRA_TIMEOUT);
    }

    private ProcessStarter.Started startService(StackSettings.Service service, Map<LocalSecret, String> secrets) {
        String port = settings.portSetting(service.portVariable());
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SERVER_PORT", port);
        environment.put("KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrapServers());
        environment.put("MONGODB_URI", settings.mongoUriFor(service.database()));
        secrets.forEach((secret, value) -> {
            if (secret.isFor(service.name())) {
                environment.put(secret.variable(), value);
            }
        });
        Tier tier = Tier.SERVICE;
        if (service.isGateway()) {
            tier = Tier.GATEWAY;
            for (StackSettings.Service target : StackSettings.SERVICES) {
                if (!target.isGateway()) {
                    environment.put(serviceUrlVariable(target), "http://127.0.0.1:" + settings.portSetting(target.portVariable()));
                }
            }
            environment.put("REDIS_HOST", settings.redisHost());
            environment.put("REDIS_PORT", settings.portSetting("REDIS_PORT"));
            environment.put("RATE_LIMIT_STORE", settings.rateLimitStore());
        } else {
            environment.put("PUBLIC_GATEWAY_URL",
                    settings.value("PUBLIC_GATEWAY_URL", "http://127.0.0.1:" + settings.portSetting("GATEWAY_PORT")));
            if (service.name().equals("notification-service")) {
                // The local profile allows plain-http webhook targets; SMTP goes to GreenMail unless SMTP_HOST is set.
                environment.put("SPRING_PROFILES_ACTIVE", "local");
                environment.put("SMTP_HOST", settings.value("SMTP_HOST", "127.0.0.1"));
                environment.put("SMTP_PORT", settings.value("SMTP_PORT", settings.portSetting("MAIL_SMTP_PORT")));
            }
        }
        Console.say("Starting " + service.name() + " on 127.0.0.1:" + port + " ...");
        ServiceRuntimes runtimes = new ServiceRuntimes(settings);
        List<String> command = new ArrayList<>(List.of(settings.java().toString()));
        command.addAll(JvmFlags.SERVICE);
        command.addAll(List.of("-XX:SharedArchiveFile=" + runtimes.archive(service.name()), "-Xlog:cds=off",
                StackProcess.COMPONENT_PROPERTY + service.name(), "-jar", runtimes.jar(service.name()).toString()));
        return starter.start(service.name(), tier, command, environment);
    }

    /** complaint-service → COMPLAINT_SERVICE_URL, as the gateway's configuration names them. */
    private static String serviceUrlVariable(StackSettings.Service service) {
        return service.name().replace('-', '_').toUpperCase(java.util.Locale.ROOT) + "_URL";
    }

    private List<String> java(List<String> flags, String component) {
        List<String> command = new ArrayList<>(List.of(settings.java().toString()));
        command.addAll(flags);
        command.add(StackProcess.COMPONENT_PROPERTY + component);
        return command;
    }
}
