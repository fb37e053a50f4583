package io.serviceops.localinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22: a value overwritten in the store (an erasure) stays in the file's bytes, in an older chunk, until the
 * file is compacted; {@code LocalStore --compact}, which stop.sh runs, leaves only the live value.
 */
class StoreFileCompactionTest {

    @TempDir
    Path dataDir;

    @Test
    void compactingTheStoppedStoresFileLeavesNoByteOfAnOverwrittenValue() throws Exception {
        Path file = dataDir.resolve("mongo").resolve("store.mv");
        Files.createDirectories(file.getParent());
        String erased = "li.lei-" + UUID.randomUUID() + "@example.com";
        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().open();
        MVMap<String, String> complaints = store.openMap("complaints");
        complaints.put("cmp-1", erased);
        store.commit();
        complaints.put("cmp-1", "erased-pseudonym");
        store.commit();
        // Stopped before the store's own compaction ran: the old chunk with the value is still in the file.
        store.closeImmediately();
        assertTrue(contains(file, erased), "the overwritten value is still in the file before compacting");

        LocalStore.main(new String[] {LocalStore.COMPACT, dataDir.toString()});

        assertFalse(contains(file, erased), "the file holds no byte of the erased value after compacting");
        MVStore reopened = new MVStore.Builder().fileName(file.toString()).readOnly().open();
        try {
            assertEquals("erased-pseudonym", reopened.<String, String>openMap("complaints").get("cmp-1"));
        } finally {
            reopened.close();
        }
    }

    private static boolean contains(Path file, String value) throws Exception {
        return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(value);
    }
}
