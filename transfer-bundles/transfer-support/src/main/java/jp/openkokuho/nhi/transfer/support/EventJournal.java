package jp.openkokuho.nhi.transfer.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A tenant's append-only record of staged ({@code S <event>}) and applied ({@code A <event>}) events of one channel,
 * loaded once and then kept in memory. Every line is forced to disk before {@link #append} returns; a last line cut
 * by a crash (no line end) is ignored, because the step it records did not finish. Not thread safe: the owning
 * channel synchronises on the instance.
 */
final class EventJournal {
    private final Path file;
    private final Set<String> staged = new HashSet<>();
    private final Set<String> applied = new HashSet<>();

    /**
     * @param file the journal file; read if it exists, created on the first append
     * @throws IOException if it exists and cannot be read
     */
    EventJournal(Path file) throws IOException {
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

    boolean isStaged(String eventId) {
        return staged.contains(eventId);
    }

    boolean isApplied(String eventId) {
        return applied.contains(eventId);
    }

    Set<String> applied() {
        return Set.copyOf(applied);
    }

    void staged(String eventId) throws IOException {
        append("S", eventId);
        staged.add(eventId);
    }

    void applied(String eventId) throws IOException {
        append("A", eventId);
        applied.add(eventId);
    }

    private void append(String kind, String eventId) throws IOException {
        Files.createDirectories(file.getParent());
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            ch.write(ByteBuffer.wrap((kind + " " + eventId + "\n").getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
    }
}
