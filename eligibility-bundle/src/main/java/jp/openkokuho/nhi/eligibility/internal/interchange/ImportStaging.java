package jp.openkokuho.nhi.eligibility.internal.interchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.openkokuho.nhi.api.NhiException;

/**
 * The staging area of imports (取込用の一時データ): an import copies the caller's file into a directory of its own
 * under the staging root, reads and stores only that copy (so the bytes hashed, checked and stored are the same even
 * if the caller's file changes meanwhile), and deletes the copy as soon as the import ends, accepted or not.
 * A copy left behind by a crash (kill -9, power loss) is removed by {@link #sweep()} when the import service starts.
 * Every deletion is logged (file name and size, never contents).
 *
 * <p>The staged copy's directory is a random UUID and its name is the caller's file name only when that is a plain
 * name ({@code staged.csv} otherwise), so a name like {@code ..} or one with separators can never place a file
 * outside the root. Thread safe.
 */
public final class ImportStaging {
    private static final Logger LOG = LoggerFactory.getLogger(ImportStaging.class);
    private static final String FALLBACK_NAME = "staged.csv";

    private final Path root;

    /** @param root the staging root; created on first use */
    public ImportStaging(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * @return {@code ${karaf.data}/nhi/staging}; outside Karaf (tests) a fresh temporary directory, so that a sweep
     *         never touches another process's staging area
     */
    public static Path defaultRoot() {
        String data = System.getProperty("karaf.data");
        if (data != null && !data.isBlank()) {
            return Path.of(data, "nhi", "staging");
        }
        try {
            return Files.createTempDirectory("nhi-staging");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary staging directory", e);
        }
    }

    /** @return the staging root (absolute) */
    public Path root() {
        return root;
    }

    /**
     * Copies a file into a new staging directory.
     *
     * @param file the caller's file
     * @return the staged copy, whose file name is the caller's (when it is a plain name)
     * @throws NhiException {@code IMPORT_IO} if the file cannot be read or the copy cannot be written
     */
    public Path stage(Path file) {
        Path dir = root.resolve(UUID.randomUUID().toString());
        Path target = dir.resolve(safeName(file));
        try {
            Files.createDirectories(dir);
            Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
            return target;
        } catch (IOException e) {
            deleteTree(dir);
            throw new NhiException("IMPORT_IO", "cannot stage " + safeName(file) + " for import: "
                + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * Deletes a staged copy and its directory. Never throws: a failure is logged at ERROR and the start-up sweep
     * deletes the copy later.
     *
     * @param staged a path {@link #stage} returned
     */
    public void delete(Path staged) {
        Path dir = staged.toAbsolutePath().normalize().getParent();
        if (dir == null || !root.equals(dir.getParent())) {
            throw new IllegalArgumentException("not a staged file of " + root);
        }
        long size = size(staged);
        if (deleteTree(dir)) {
            LOG.info("Staged import file {} ({} bytes) deleted", staged.getFileName(), size);
        }
    }

    /**
     * Deletes everything under the root: copies of imports that a crash interrupted. Call once at start, before
     * any import runs.
     *
     * @return the number of staged copies deleted
     */
    public int sweep() {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
            for (Path dir : dirs) {
                if (deleteTree(dir)) {
                    deleted++;
                }
            }
        } catch (IOException e) {
            LOG.error("Start-up sweep of the import staging area {} failed: {}", root, e.toString());
            return deleted;
        }
        if (deleted > 0) {
            LOG.warn("Start-up sweep deleted {} staged import file(s) left by an interrupted import in {}", deleted,
                root);
        }
        return deleted;
    }

    /** @return the caller's plain file name, or a fixed name when it is not a plain, printable name */
    static String safeName(Path file) {
        Path name = file.getFileName();
        String s = name == null ? "" : name.toString();
        boolean plain = !s.isEmpty() && !s.equals(".") && !s.equals("..") && s.length() <= 200
            && s.chars().noneMatch(c -> c == '/' || c == '\\' || c == ':' || Character.isISOControl(c));
        return plain ? s : FALLBACK_NAME;
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    private static boolean deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return false;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) throws IOException {
                    Files.delete(f);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
            return true;
        } catch (IOException | UncheckedIOException e) {
            LOG.error("Staged import data {} could not be deleted ({}); the next start-up sweep retries", dir,
                e.toString());
            return false;
        }
    }
}
