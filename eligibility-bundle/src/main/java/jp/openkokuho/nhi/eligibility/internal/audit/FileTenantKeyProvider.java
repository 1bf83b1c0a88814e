package jp.openkokuho.nhi.eligibility.internal.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keys in files outside the database: {@code <root>/<tenant>/audit-<n>.key}, each 32 random bytes from
 * {@link SecureRandom} written as 64 hex digits. In Karaf the root is {@code ${karaf.etc}/nhi/keys}. The highest
 * {@code n} is the current key; {@link #rotate} adds {@code n + 1}. Key files are never changed or deleted by this
 * class — removing one makes the entries that name it unverifiable, so keys belong in the installation's backup.
 *
 * <p>On POSIX file systems directories are created with mode 700 and key files with mode 600 (owner only); a key file
 * readable by others is used but reported at WARN. A new key is written to a temporary file and then hard-linked to
 * its name, so two processes creating the same key never see a half-written file and the first one wins.
 *
 * <p>Thread safe. Keys are cached after the first read; the current key id of a tenant is cached too, so a rotation
 * done by another process is picked up after a restart (entries stay verifiable in the meantime because every entry
 * names its key).
 */
public final class FileTenantKeyProvider implements TenantKeyProvider {
    private static final Logger LOG = LoggerFactory.getLogger(FileTenantKeyProvider.class);
    private static final Pattern TENANT = Pattern.compile("[0-9A-Za-z_-]{1,32}");
    private static final Pattern KEY_FILE = Pattern.compile("audit-([1-9][0-9]{0,8})\\.key");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    private final Path root;
    private final SecureRandom random;
    private final boolean posix;
    private final ConcurrentHashMap<String, TenantKey> keys = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> currentIds = new ConcurrentHashMap<>();

    /**
     * @param root directory holding one folder per tenant; created when the first key is
     * @param random source of key material
     */
    public FileTenantKeyProvider(Path root, SecureRandom random) {
        this.root = root.toAbsolutePath();
        this.random = random;
        this.posix = root.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    @Override
    public TenantKey current(String tenant) {
        String id = currentIds.get(checkTenant(tenant));
        if (id != null) {
            return find(tenant, id).orElseThrow(() -> new IllegalStateException("audit key " + id
                + " of tenant " + tenant + " disappeared from " + root));
        }
        synchronized (this) {
            int highest = highest(tenant);
            TenantKey key = highest == 0 ? create(tenant, 1) : find(tenant, keyId(highest)).orElseThrow();
            currentIds.put(tenant, key.id());
            return key;
        }
    }

    @Override
    public Optional<TenantKey> find(String tenant, String keyId) {
        checkTenant(tenant);
        if (keyId == null || !KEY_FILE.matcher(keyId + ".key").matches()) {
            return Optional.empty();
        }
        TenantKey cached = keys.get(tenant + "/" + keyId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Path file = root.resolve(tenant).resolve(keyId + ".key");
        try {
            TenantKey key = read(tenant, keyId, file);
            keys.putIfAbsent(tenant + "/" + keyId, key);
            return Optional.of(key);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read audit key " + keyId + " of tenant " + tenant, e);
        }
    }

    @Override
    public synchronized TenantKey rotate(String tenant) {
        TenantKey key = create(checkTenant(tenant), highest(tenant) + 1);
        currentIds.put(tenant, key.id());
        LOG.info("Tenant {}: operation log key rotated to {}", tenant, key.id());
        return key;
    }

    private TenantKey create(String tenant, int n) {
        String id = keyId(n);
        Path dir = root.resolve(tenant);
        Path target = dir.resolve(id + ".key");
        byte[] material = new byte[32];
        random.nextBytes(material);
        Path tmp = null;
        try {
            Files.createDirectories(dir, posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_DIR)} : new FileAttribute<?>[0]);
            tmp = posix ? Files.createTempFile(dir, ".audit-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_FILE))
                : Files.createTempFile(dir, ".audit-", ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                String text = HexFormat.of().formatHex(material) + "\n";
                ch.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII)));
                ch.force(true);
            }
            try {
                // a hard link fails if the name exists: the first creator wins and nobody sees a partial file
                Files.createLink(target, tmp);
                LOG.info("Tenant {}: created operation log key {}", tenant, id);
            } catch (FileAlreadyExistsException e) {
                LOG.info("Tenant {}: operation log key {} was created by another process", tenant, id);
            } catch (UnsupportedOperationException | IOException e) {
                Files.move(tmp, target);
            }
            syncDirectory(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create audit key " + id + " of tenant " + tenant + " in " + dir, e);
        } finally {
            Arrays.fill(material, (byte) 0);
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    LOG.warn("Cannot delete temporary key file {}", tmp);
                }
            }
        }
        return find(tenant, id).orElseThrow(() -> new IllegalStateException("audit key " + id + " of tenant " + tenant
            + " was not created"));
    }

    private TenantKey read(String tenant, String keyId, Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
        byte[] material;
        try {
            material = HexFormat.of().parseHex(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("audit key file " + file + " is not hex", e);
        }
        if (posix) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (!OWNER_FILE.containsAll(perms)) {
                LOG.warn("Audit key file {} is accessible to others ({}); it should be 600",
                    file, PosixFilePermissions.toString(perms));
            }
        }
        try {
            return new TenantKey(tenant, keyId, material);
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }

    private int highest(String tenant) {
        Path dir = root.resolve(tenant);
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int max = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "audit-*.key")) {
            for (Path f : files) {
                Matcher m = KEY_FILE.matcher(f.getFileName().toString());
                if (m.matches()) {
                    max = Math.max(max, Integer.parseInt(m.group(1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list audit keys of tenant " + tenant, e);
        }
        return max;
    }

    private static String keyId(int n) {
        return "audit-" + n;
    }

    private static String checkTenant(String tenant) {
        if (tenant == null || !TENANT.matcher(tenant).matches()) {
            throw new IllegalArgumentException("not a tenant code: keys are kept per plain tenant code");
        }
        return tenant;
    }

    /** Makes a new directory entry durable (POSIX); a no-op where directories cannot be opened. */
    static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a channel; the file itself was forced already
        }
    }
}
