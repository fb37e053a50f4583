package io.serviceops.localinfra.launch;

/** Where to go once the stack is up. */
final class Summary {

    private Summary() {
    }

    static void print(StackSettings settings) {
        Console.say("");
        Console.say("serviceops is up.");
        Console.say("");
        if (!settings.onlyInfra()) {
            int gateway = settings.port("GATEWAY_PORT");
            Console.say("  Gateway     http://127.0.0.1:" + gateway);
            Console.say("  Swagger UI  http://127.0.0.1:" + gateway + "/swagger-ui.html");
            Console.say("");
            Console.say(String.format("  %-18s %-44s %s", "process", "health", "metrics"));
            for (StackSettings.Service service : StackSettings.SERVICES) {
                String base = "http://127.0.0.1:" + settings.port(service.portVariable());
                Console.say(String.format("  %-18s %-44s %s", service.name(), base + "/actuator/health", base + "/actuator/prometheus"));
            }
            Console.say("");
        }
        String redis = settings.redisHost() + ":" + settings.portSetting("REDIS_PORT");
        if (settings.embeddedMongo()) {
            Console.say("  Mail        smtp://127.0.0.1:" + settings.portSetting("MAIL_SMTP_PORT") + ", mailboxes pop3://127.0.0.1:"
                    + settings.portSetting("MAIL_POP3_PORT") + " (GreenMail, in the store's JVM)");
            Console.say("  MongoDB     " + settings.mongoUriBase() + "  (embedded store: " + settings.dataDir().resolve("mongo/store.mv") + ")");
        } else {
            Console.say("  MongoDB     " + settings.mongoUriBase() + "  (external)");
        }
        if (settings.embeddedKafka()) {
            Console.say("  Kafka       " + settings.kafkaBootstrapServers() + "  (embedded broker: " + settings.dataDir().resolve("kafka/data") + ")");
        } else {
            Console.say("  Kafka       " + settings.kafkaBootstrapServers() + "  (external)");
        }
        if (settings.localRedis()) {
            Console.say("  Redis       " + redis + "  (local, not persisted)");
        } else if (settings.rateLimitStore().equals("redis")) {
            Console.say("  Redis       " + redis + "  (not started here)");
        } else {
            Console.say("  Redis       none: the gateway keeps its rate-limit buckets in process");
        }
        Console.say("  Data dir    " + settings.dataDir());
        Console.say("  Logs        " + settings.logDir() + "/<name>.log");
        Console.say("");
    }
}
