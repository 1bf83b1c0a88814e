package jp.openkokuho.nhi.transfer.support;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,200}");
    private static final Pattern TENANT = Pattern.compile("[0-9]{6}");

    /** What a delivery did. */
    public enum Outcome {
        /** The file was placed in the outbound directory by this call. */
        WRITTEN,
        /** An earlier delivery of the same event already placed it; nothing was written again. */
        ALREADY_APPLIED
    }

    private final Path root;
    private final Map<String, Journal> journals = new HashMap<>();

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
        if (!SAFE_NAME.matcher(fileName).matches() || !SAFE_NAME.matcher(eventId).matches()) {
            throw new IllegalArgumentException("unsafe file name or event id");
        }
        Journal journal;
        synchronized (journals) {
            journal = journals.get(tenantCode);
            if (journal == null) {
                journal = new Journal(tenantDir(tenantCode).resolve("inbox.journal"));
                journals.put(tenantCode, journal);
            }
        }
        synchronized (journal) {
            if (journal.applied.contains(eventId)) {
                return Outcome.ALREADY_APPLIED;
            }
            Path staging = tenantDir(tenantCode).resolve(".staging");
            Path outbound = outbound(tenantCode);
            Files.createDirectories(staging);
            Files.createDirectories(outbound);
            Path tmp = staging.resolve(eventId + ".tmp");
            Path target = outbound.resolve(fileName);
            if (!journal.staged.contains(eventId)) {
                writeDurably(tmp, content);
                journal.append("S", eventId);
                move(tmp, target);
            } else if (Files.exists(tmp)) {
                move(tmp, target);
            }
            journal.append("A", eventId);
            return Outcome.WRITTEN;
        }
    }

    /**
     * @param tenantCode 6-digit tenant code
     * @return the event ids recorded as applied for the tenant
     * @throws IOException if the journal cannot be read
     */
    public Set<String> appliedEvents(String tenantCode) throws IOException {
        Journal j = new Journal(tenantDir(tenantCode).resolve("inbox.journal"));
        return Set.copyOf(j.applied);
    }

    private Path tenantDir(String tenantCode) {
        if (tenantCode == null || !TENANT.matcher(tenantCode).matches()) {
            throw new IllegalArgumentException("tenant code must be 6 digits");
        }
        return root.resolve(tenantCode);
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

    /** The tenant's append-only record of staged and applied events, loaded once and then kept in memory. */
    private static final class Journal {
        final Path file;
        final Set<String> staged = new HashSet<>();
        final Set<String> applied = new HashSet<>();

        Journal(Path file) throws IOException {
            this.file = file;
            if (Files.exists(file)) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                List<String> lines = text.lines().toList();
                boolean lastComplete = text.endsWith("\n");
                for (int i = 0; i < lines.size(); i++) {
                    if (i == lines.size() - 1 && !lastComplete) {
                        break; // a line cut by a crash: the step it records did not finish
                    }
                    String l = lines.get(i);
                    if (l.startsWith("S ")) {
                        staged.add(l.substring(2));
                    } else if (l.startsWith("A ")) {
                        applied.add(l.substring(2));
                    }
                }
            }
        }

        void append(String kind, String eventId) throws IOException {
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ch.write(java.nio.ByteBuffer.wrap((kind + " " + eventId + "\n").getBytes(StandardCharsets.UTF_8)));
                ch.force(true);
            }
            (kind.equals("S") ? staged : applied).add(eventId);
        }
    }
}
