package io.serviceops.localinfra.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * After the stack stopped: compacts the embedded store's file ({@code LocalStore --compact}, on the store's
 * class path), so erased values do not linger in old pages of the file (docs/privacy.md). Never fails the stop:
 * a compaction that does not succeed is reported and the file stays as it was.
 */
final class StoppedStoreCompaction {

    private static final long TIMEOUT_MINUTES = 2;

    private StoppedStoreCompaction() {
    }

    static void run(StackSettings settings) {
        Path storeFile = settings.dataDir().resolve("mongo").resolve("store.mv");
        if (!settings.embeddedMongo() || !Files.exists(storeFile)) {
            return;
        }
        List<String> command = List.of(settings.java().toString(), "-cp", settings.infraClasspath(),
                "io.serviceops.localinfra.LocalStore", "--compact", settings.dataDir().toString());
        try {
            Process compaction = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
            if (!compaction.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                compaction.destroyForcibly();
                Console.warn("compacting " + storeFile + " took over " + TIMEOUT_MINUTES + " min; left as it was.");
            } else if (compaction.exitValue() != 0) {
                Console.warn("could not compact " + storeFile + " (see above); left as it was.");
            }
        } catch (IOException e) {
            Console.warn("could not compact " + storeFile + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
