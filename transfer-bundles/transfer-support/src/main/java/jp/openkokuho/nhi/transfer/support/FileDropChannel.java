package jp.openkokuho.nhi.transfer.support;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Delivers files into a per-tenant outbound directory exactly once per event id, across crashes and redeliveries.
 *
 * <p>Layout under the root: {@code <tenant>/outbound/} (what the destination system reads and may delete),
 * {@code <tenant>/.staging/} (files being written) and {@code <tenant>/inbox.journal} (the record of applied
 * events). A delivery is: write {@code .staging/<event>.tmp} and force it to disk; append {@code S <event>} to the
 * journal; atomically rename the file into {@code outbound/}; append {@code A <event>}. Because the staging file
 * exists before the {@code S} line and disappears only by the rename, a redelivery can always tell what happened:
 * {@code A} present - nothing to do; {@code S} present and the staging file still there - finish the rename;
 * {@code S} present and no staging file - the rename happened (the destination may already have taken the file), so
 * only {@code A} is written. The destination system therefore sees each file once, even if it consumes files
 * immediately.
 *
 * <p>Thread safe: deliveries for one tenant are serialised (the dispatcher may retry an event while an abandoned
 * call for it still runs); different tenants proceed in parallel.
 */
public final class FileDropChannel {
    private static final String JOURNAL = "inbox.journal";

    /** What a delivery did. */
    public enum Outcome {
        /** The file was placed in the outbound directory by this call. */
        WRITTEN,
        /** An earlier delivery of the same event already placed it; nothing was written again. */
        ALREADY_APPLIED
    }

    private final Path root;
    private final Map<String, EventJournal> journals = new HashMap<>();

    /** @param root the destination's root directory; created when needed */
    public FileDropChannel(Path root) {
        this.root = root.toAbsolutePath();
    }

    /** @return the root directory */
    public Path root() {
        return root;
    }

    /**
     * @param tenantCode 6-digit tenant code
     * @return the directory the destination system reads
     */
    public Path outbound(String tenantCode) {
        return tenantDir(tenantCode).resolve("outbound");
    }

    /**
     * Places one file for one event, unless that event was applied before.
     *
     * @param tenantCode 6-digit tenant code
     * @param eventId the change's event id (the idempotency key)
     * @param fileName name in the outbound directory (letters, digits, {@code . _ -})
     * @param content the file's bytes
     * @return what happened
     * @throws IOException if the file system fails; nothing is recorded as applied then
     */
    public Outcome deliver(String tenantCode, String eventId, String fileName, byte[] content) throws IOException {
        Names.safe(fileName, "file name");
        Names.safe(eventId, "event id");
        EventJournal journal;
        synchronized (journals) {
            journal = journals.get(tenantCode);
            if (journal == null) {
                journal = new EventJournal(tenantDir(tenantCode).resolve(JOURNAL));
                journals.put(tenantCode, journal);
            }
        }
        synchronized (journal) {
            if (journal.isApplied(eventId)) {
                return Outcome.ALREADY_APPLIED;
            }
            Path staging = tenantDir(tenantCode).resolve(".staging");
            Path outbound = outbound(tenantCode);
            Files.createDirectories(staging);
            Files.createDirectories(outbound);
            Path tmp = staging.resolve(eventId + ".tmp");
            Path target = outbound.resolve(fileName);
            if (!journal.isStaged(eventId)) {
                writeDurably(tmp, content);
                journal.staged(eventId);
                move(tmp, target);
            } else if (Files.exists(tmp)) {
                move(tmp, target);
            }
            journal.applied(eventId);
            return Outcome.WRITTEN;
        }
    }

    /**
     * @param tenantCode 6-digit tenant code
     * @return the event ids recorded as applied for the tenant
     * @throws IOException if the journal cannot be read
     */
    public Set<String> appliedEvents(String tenantCode) throws IOException {
        return new EventJournal(tenantDir(tenantCode).resolve(JOURNAL)).applied();
    }

    private Path tenantDir(String tenantCode) {
        return root.resolve(Names.tenant(tenantCode));
    }

    private static void writeDurably(Path file, byte[] content) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(java.nio.ByteBuffer.wrap(content));
            ch.force(true);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("staging and outbound directories must be on one file system", e);
        }
        forceDirectory(to.getParent());
    }

    private static void forceDirectory(Path dir) {
        // makes the rename durable on Linux; other systems may refuse to open a directory, which is harmless
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort
        }
    }
}
