package ${package};

import java.io.IOException;
import java.nio.ByteBuffer;
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

/**
 * Places files into a per-tenant outbound folder exactly once per event id, across crashes and redeliveries.
 *
 * <p>Layout under the root, per tenant: {@code outbound/} (what the destination system reads and may delete),
 * {@code .staging/} (files being written) and {@code applied.journal} (the record of events). One delivery is:
 * <ol>
 * <li>write {@code .staging/<event>.tmp} and force it to disk;</li>
 * <li>append {@code S <event>} to the journal;</li>
 * <li>rename the file atomically into {@code outbound/};</li>
 * <li>append {@code A <event>}.</li>
 * </ol>
 * A redelivery can therefore always tell what happened before: {@code A} recorded - nothing to do;
 * {@code S} recorded and the staged file still there - finish the rename; {@code S} recorded and no staged file -
 * the rename happened (the destination system may already have taken the file), so only {@code A} is written.
 * The destination system sees each file once, even if it takes files away at once. A journal line cut by a crash
 * is ignored: the step it records did not finish.
 *
 * <p>Thread safe: the deliveries of one tenant are serialised, different tenants proceed in parallel. The journal
 * grows by two short lines per change; it is read once per tenant and then kept in memory.
 */
final class FileDrop {
    /** What a delivery did. */
    enum Outcome {
        /** This call placed the file. */
        WRITTEN,
        /** An earlier delivery of the same event placed it; nothing was written again. */
        ALREADY_APPLIED
    }

    private static final String STAGED = "S";
    private static final String APPLIED = "A";

    private final Path root;
    private final Map<String, Journal> journals = new HashMap<>();

    /** @param root the destination's root folder; created when first needed */
    FileDrop(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** @return the root folder */
    Path root() {
        return root;
    }

    /**
     * @param tenantCode the tenant, already checked to be a safe folder name
     * @return the folder the destination system reads
     */
    Path outbound(String tenantCode) {
        return root.resolve(tenantCode).resolve("outbound");
    }

    /**
     * Places one file for one event, unless that event was applied before.
     *
     * @param tenantCode the tenant, already checked to be a safe folder name
     * @param eventId the change's event id (the idempotency key), already checked to be a safe file name
     * @param fileName the name in the outbound folder
     * @param content the file's bytes
     * @return what happened
     * @throws IOException if the file system fails; the event is then not recorded as applied, and the next
     *         delivery completes or repeats the step that failed
     */
    Outcome deliver(String tenantCode, String eventId, String fileName, byte[] content) throws IOException {
        Journal journal = journal(tenantCode);
        synchronized (journal) {
            if (journal.applied.contains(eventId)) {
                return Outcome.ALREADY_APPLIED;
            }
            Path staging = Files.createDirectories(root.resolve(tenantCode).resolve(".staging"));
            Path outbound = Files.createDirectories(outbound(tenantCode));
            Path staged = staging.resolve(eventId + ".tmp");
            if (!journal.staged.contains(eventId)) {
                writeDurably(staged, content);
                journal.append(STAGED, eventId);
                moveAtomically(staged, outbound.resolve(fileName));
            } else if (Files.exists(staged)) {
                moveAtomically(staged, outbound.resolve(fileName));
            }
            journal.append(APPLIED, eventId);
            return Outcome.WRITTEN;
        }
    }

    /**
     * @param tenantCode the tenant
     * @return the event ids recorded as applied, read from the journal on disk
     * @throws IOException if the journal cannot be read
     */
    Set<String> appliedEvents(String tenantCode) throws IOException {
        return Set.copyOf(new Journal(root.resolve(tenantCode).resolve("applied.journal")).applied);
    }

    private Journal journal(String tenantCode) throws IOException {
        synchronized (journals) {
            Journal journal = journals.get(tenantCode);
            if (journal == null) {
                journal = new Journal(root.resolve(tenantCode).resolve("applied.journal"));
                journals.put(tenantCode, journal);
            }
            return journal;
        }
    }

    private static void writeDurably(Path file, byte[] content) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                ch.write(buffer);
            }
            ch.force(true);
        }
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the staging and outbound folders must be on one file system: " + to.getParent(), e);
        }
        // makes the rename durable on Linux; other systems may refuse to open a folder, which is harmless
        try (FileChannel dir = FileChannel.open(to.getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort
        }
    }

    /** One tenant's append-only record of staged and applied events. */
    private static final class Journal {
        final Path file;
        final Set<String> staged = new HashSet<>();
        final Set<String> applied = new HashSet<>();

        Journal(Path file) throws IOException {
            this.file = file;
            if (Files.exists(file)) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                List<String> lines = text.lines().toList();
                int complete = text.endsWith("\n") ? lines.size() : lines.size() - 1;
                for (String line : lines.subList(0, Math.max(complete, 0))) {
                    if (line.startsWith(STAGED + " ")) {
                        staged.add(line.substring(2));
                    } else if (line.startsWith(APPLIED + " ")) {
                        applied.add(line.substring(2));
                    }
                }
            }
        }

        void append(String kind, String eventId) throws IOException {
            Files.createDirectories(file.getParent());
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer line = ByteBuffer.wrap((kind + " " + eventId + "\n").getBytes(StandardCharsets.UTF_8));
                while (line.hasRemaining()) {
                    ch.write(line);
                }
                ch.force(true);
            }
            (STAGED.equals(kind) ? staged : applied).add(eventId);
        }
    }
}
