package jp.openkokuho.nhi.eligibility.internal.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checkpoints as lines of one file per tenant, {@code <dir>/<tenant>.log}, outside the tenant database (in Karaf
 * {@code ${karaf.data}/nhi/checkpoints} unless configured). The file is only ever opened for appending; each line is
 * written with one write call and forced to disk ({@code fsync}) before {@link #append} returns, and the directory is
 * forced when the file is created.
 *
 * <p>The application never rewrites a line. To make that a guarantee rather than a promise, operators set the
 * append-only attribute on the files ({@code chattr +a}), put the directory on storage the application account can
 * only append to, or forward each line to a remote log (see docs/security-audit-log.md).
 *
 * <p>A line that does not end with a line feed is a write that was cut off by a crash before {@link #append}
 * returned; readers ignore it, and the next append removes it (or, if the file is append-only, ends it with a line
 * feed, after which the fragment is reported as an invalid record).
 *
 * <p>Thread safe within one process (one lock per tenant file).
 */
public final class FileCheckpointStore implements CheckpointStore {
    private static final Logger LOG = LoggerFactory.getLogger(FileCheckpointStore.class);
    private static final Pattern TENANT = Pattern.compile("[0-9A-Za-z_-]{1,32}");
    /** Longer than any checkpoint line (about 200 bytes), so the tail always holds the last complete line. */
    private static final int TAIL = 4096;

    private final Path dir;
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    /** @param dir directory of the checkpoint files; created on the first append */
    public FileCheckpointStore(Path dir) {
        this.dir = dir.toAbsolutePath();
    }

    /**
     * @param tenant a tenant code
     * @return the file holding the tenant's checkpoints
     */
    public Path file(String tenant) {
        if (tenant == null || !TENANT.matcher(tenant).matches()) {
            throw new IllegalArgumentException("not a tenant code");
        }
        return dir.resolve(tenant + ".log");
    }

    @Override
    public void append(Checkpoint checkpoint) {
        Path file = file(checkpoint.tenant());
        byte[] line = (checkpoint.toLine() + "\n").getBytes(StandardCharsets.US_ASCII);
        synchronized (locks.computeIfAbsent(checkpoint.tenant(), t -> new Object())) {
            try {
                Files.createDirectories(dir);
                boolean created = !Files.exists(file);
                long complete = created ? 0 : completeLength(file);
                try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND)) {
                    ByteBuffer out = ByteBuffer.wrap(line);
                    if (!created && complete < ch.size()) {
                        out = repairTornTail(file, ch, complete, line);
                    }
                    while (out.hasRemaining()) {
                        ch.write(out);
                    }
                    ch.force(true);
                }
                if (created) {
                    FileTenantKeyProvider.syncDirectory(dir);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write checkpoint of tenant " + checkpoint.tenant() + " to "
                    + file, e);
            }
        }
    }

    private static ByteBuffer repairTornTail(Path file, FileChannel ch, long complete, byte[] line) {
        try {
            // the fragment was never acknowledged (append had not returned): dropping it loses nothing
            ch.truncate(complete);
            LOG.warn("Checkpoint file {} ended with an incomplete line (a crash during a write); removed it", file);
            return ByteBuffer.wrap(line);
        } catch (IOException e) {
            LOG.error("Checkpoint file {} ends with an incomplete line and cannot be truncated (append-only?); "
                + "the fragment will be reported as an invalid checkpoint", file);
            ByteBuffer b = ByteBuffer.allocate(line.length + 1);
            b.put((byte) '\n').put(line).flip();
            return b;
        }
    }

    /** Length of the file up to and including its last line feed. */
    private static long completeLength(Path file) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long size = f.length();
            long pos = size;
            byte[] buf = new byte[TAIL];
            while (pos > 0) {
                int n = (int) Math.min(TAIL, pos);
                pos -= n;
                f.seek(pos);
                f.readFully(buf, 0, n);
                for (int i = n - 1; i >= 0; i--) {
                    if (buf[i] == '\n') {
                        return pos + i + 1;
                    }
                }
            }
            return 0;
        }
    }

    @Override
    public List<Checkpoint> readAll(String tenant) {
        Path file = file(tenant);
        List<Checkpoint> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            long complete = completeLength(file);
            long read = 0;
            long lineNo = 0;
            String line;
            while ((line = r.readLine()) != null) {
                read += line.length() + 1L;
                if (read > complete) {
                    break; // the unterminated tail of a cut-off write
                }
                lineNo++;
                out.add(parse(tenant, lineNo, line));
            }
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            return List.of();
        } catch (CharacterCodingException e) {
            throw new InvalidCheckpointException(tenant, out.size() + 1L, "not ASCII text");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checkpoints of tenant " + tenant, e);
        }
        return out;
    }

    @Override
    public Optional<Checkpoint> last(String tenant) {
        Path file = file(tenant);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long complete = completeLength(file);
            if (complete == 0) {
                return Optional.empty();
            }
            int n = (int) Math.min(TAIL, complete);
            byte[] buf = new byte[n];
            f.seek(complete - n);
            f.readFully(buf);
            String text = new String(buf, 0, n - 1, StandardCharsets.US_ASCII);
            String line = text.substring(text.lastIndexOf('\n') + 1);
            // the record number is only needed for a message; counting the lines of a long file is not worth it
            return Optional.of(parse(tenant, 0, line));
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read checkpoints of tenant " + tenant, e);
        }
    }

    private static Checkpoint parse(String tenant, long lineNo, String line) {
        Checkpoint c;
        try {
            c = Checkpoint.parse(line);
        } catch (IllegalArgumentException e) {
            throw new InvalidCheckpointException(tenant, lineNo, e.getMessage());
        }
        if (!c.tenant().equals(tenant)) {
            throw new InvalidCheckpointException(tenant, lineNo, "it names tenant " + c.tenant());
        }
        return c;
    }
}
