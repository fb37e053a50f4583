package io.serviceops.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.MVStoreTool;

/**
 * Rewrites the stopped store's file with its live pages only. The H2 backend writes copy-on-write: an update
 * (an erasure, say) leaves the old page in an older chunk of the file until background compaction reuses the
 * space, so erased values stay readable in the file's bytes though no query finds them (docs/privacy.md, "The
 * embedded store's file keeps old pages"). H2's own tool copies what is live into a new file and replaces
 * the old one; the file must be closed, i.e. the store stopped.
 */
final class StoreFileCompaction {

    private StoreFileCompaction() {
    }

    /** Compacts the closed file in place; returns its size before and after, in bytes. */
    static long[] compact(Path storeFile) {
        try {
            long before = Files.size(storeFile);
            MVStoreTool.compact(storeFile.toString(), false);
            return new long[] {before, Files.size(storeFile)};
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
