package io.serviceops.localinfra;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * A local stand-in for MongoDB: mongo-java-server speaking the MongoDB wire protocol on
 * 127.0.0.1, backed by an H2 MVStore file so that data survives restarts.
 *
 * <p>Used only by {@code deploy/local/run.sh}. Configuration, all from the environment:
 * <ul>
 *   <li>{@code MONGO_PORT} — port to listen on (default 27017)</li>
 *   <li>{@code MONGO_BIND} — address to bind (default 127.0.0.1; loopback only on purpose)</li>
 *   <li>{@code SERVICEOPS_DATA_DIR} — data directory (default {@code ./.serviceops-data});
 *       the store file is {@code <dataDir>/mongo/store.mv}</li>
 *   <li>{@code MONGO_SLOW_MS} — log each command that takes at least this long, by its shape only
 *       ({@link SlowCommandLog}; default 100, MongoDB's {@code slowms})</li>
 *   <li>{@code MAIL_SMTP_PORT}, {@code MAIL_POP3_PORT} — the {@link LocalMailbox} this JVM also runs
 *       (defaults 3025 and 3110; {@code MAIL_SMTP_PORT=0} leaves it out)</li>
 * </ul>
 * A first argument, if given, overrides the data directory. {@code --compact [dataDir]} instead compacts the
 * file of a stopped store ({@link StoreFileCompaction}) and exits; deploy/local/stop.sh runs it after the stop.
 *
 * <p>Limitations of the stand-in (see the project's STACK notes): no sessions, hence no
 * multi-document transactions; change streams only with an oplog (not enabled here).
 */
public final class LocalStore {

    /** The line run.sh (and people) look for in the log to know the store is accepting connections. */
    static final String READY_PREFIX = "LocalStore ready: ";
    static final String COMPACT = "--compact";
    /**
     * mongo-java-server runs each command on the network thread of its connection (four by default, one
     * connection pinned to one thread), so a long command held every connection sharing its thread — in the
     * full-size fault run a restarted service's health check waited up to 72 s behind other services' scans.
     * With more threads than the stack has long commands at once, a slow command delays its own connection
     * and, through the collection's lock, writers of the same collection only.
     */
    static final int NETWORK_THREADS = 16;

    private LocalStore() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals(COMPACT)) {
            compact(storeFileOf(Path.of(args.length > 1 ? args[1] : env("SERVICEOPS_DATA_DIR", ".serviceops-data"))));
            return;
        }
        Path dataDir = Path.of(args.length > 0 ? args[0] : env("SERVICEOPS_DATA_DIR", ".serviceops-data"));
        String bindAddress = env("MONGO_BIND", "127.0.0.1");
        int port = parsePort(env("MONGO_PORT", "27017"));

        Path storeFile = storeFileOf(dataDir);
        Files.createDirectories(storeFile.getParent());

        H2Backend backend;
        try {
            backend = new CompatibleH2Backend(storeFile.toString(),
                    new SlowCommandLog(Duration.ofMillis(parseMillis(env("MONGO_SLOW_MS",
                            String.valueOf(SlowCommandLog.DEFAULT_THRESHOLD.toMillis()))))));
        } catch (RuntimeException e) {
            // Typically the file is locked by another LocalStore on the same data dir.
            fail("cannot open store file " + storeFile + ": " + e.getMessage());
            return;
        }
        MongoServer server = new MongoServer(backend);
        try {
            server.bind(new InetSocketAddress(bindAddress, port), 1, NETWORK_THREADS);
        } catch (Exception e) {
            // Netty rethrows the checked BindException undeclared, hence Exception. Its event-loop
            // threads are not daemons: shut them down or this JVM would linger after the failure.
            server.shutdownNow();
            if (!backend.getMvStore().isClosed()) {
                backend.close();
            }
            fail("cannot listen on " + bindAddress + ":" + port + " (" + rootMessage(e) + ")");
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // SIGTERM/SIGINT: stop accepting, close clients, then close the MVStore so the
            // file is written out consistently (MongoServer.shutdown closes the backend; the
            // second close below is a guard in case that ever changes).
            try {
                server.shutdown();
            } finally {
                if (!backend.getMvStore().isClosed()) {
                    backend.close();
                }
                System.out.println("LocalStore stopped; data kept in " + storeFile);
                System.out.flush();
                stopped.countDown();
            }
        }, "local-store-shutdown"));

        String smtpPort = env("MAIL_SMTP_PORT", "3025");
        if (!smtpPort.equals("0")) {
            var mailbox = LocalMailbox.start(bindAddress, parsePort(smtpPort), parsePort(env("MAIL_POP3_PORT", "3110")));
            Runtime.getRuntime().addShutdownHook(new Thread(mailbox::stop, "local-mailbox-shutdown"));
        }

        System.out.println(READY_PREFIX + "mongodb://" + bindAddress + ":" + port + " (data file " + storeFile + ")");
        System.out.flush();

        // Netty's threads keep the JVM alive, but wait explicitly so the intent is obvious.
        stopped.await();
    }

    private static Path storeFileOf(Path dataDir) {
        return dataDir.resolve("mongo").resolve("store.mv").toAbsolutePath();
    }

    private static void compact(Path storeFile) {
        if (!Files.exists(storeFile)) {
            System.out.println("LocalStore: no store file to compact at " + storeFile);
            return;
        }
        try {
            long[] sizes = StoreFileCompaction.compact(storeFile);
            System.out.println("LocalStore compacted " + storeFile + ": " + sizes[0] + " -> " + sizes[1] + " bytes");
        } catch (RuntimeException e) {
            // Typically still open: a store running on this data directory.
            fail("cannot compact " + storeFile + ": " + rootMessage(e));
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        fail("ports must be port numbers, got '" + value + "'");
        return -1;
    }

    private static long parseMillis(String value) {
        try {
            long millis = Long.parseLong(value);
            if (millis >= 0) {
                return millis;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        fail("MONGO_SLOW_MS must be a number of milliseconds, got '" + value + "'");
        return -1;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static void fail(String message) {
        System.err.println("LocalStore: " + message);
        System.exit(2);
    }
}
