package jp.openkokuho.nhi.eligibility.internal.crypto;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.openkokuho.nhi.api.tenant.MunicipalityCode;

/**
 * The tenants' keys, kept outside the database in files: one directory per tenant under a root directory (by
 * default {@code ${karaf.etc}/nhi/keys}, see {@link #defaultRoot()}), one file per key.
 *
 * <h2>Layout</h2>
 * <pre>
 * &lt;root&gt;/&lt;tenant code&gt;/dek1.key      data-encryption key, version 1
 * &lt;root&gt;/&lt;tenant code&gt;/dek2.key      data-encryption key, version 2 (the current one: highest version)
 * &lt;root&gt;/&lt;tenant code&gt;/bik1.key      blind-index key, version 1
 * &lt;root&gt;/&lt;tenant code&gt;/retired/dek1.key   a retired key: no longer loaded, kept for old backups
 * </pre>
 * A key file is ASCII text in {@link Properties} syntax with the fields {@code format=1}, {@code tenant},
 * {@code id}, {@code purpose} ({@code data-encryption} or {@code blind-index}), {@code algorithm} ({@code AES} or
 * {@code HmacSHA256}), {@code created} (ISO-8601 UTC) and {@code material} (32 random bytes, standard Base64).
 * On load every field is checked against the file's name and directory, so a file copied into another tenant's
 * directory or renamed is refused rather than used.
 *
 * <h2>Life cycle</h2>
 * A tenant's first key of each purpose is created on first use. For each purpose the key with the highest version
 * is the <em>current</em> key (new encryptions and new index values use it); every other loaded key stays usable
 * for decryption and look-ups, which is what makes rotation possible without downtime. {@link #rotate} adds a new
 * current key; {@link #retire} moves a key that is no longer needed into {@code retired/}. Versions are never
 * reused, retired ones included.
 *
 * <h2>Protection of the files</h2>
 * Keys come from {@link SecureRandom}. Directories are created with POSIX permissions 700 and key files with 600
 * where the file system supports POSIX permissions; a key file that is readable or writable by group or others is
 * refused (fail closed, as OpenSSH does with private keys), with a message saying how to fix it. A new key is
 * written to a temporary file, flushed to disk, and then linked to its final name, so a crash never leaves a half
 * written key file. Messages and logs name files and key ids, never key material.
 *
 * <p>Keys are cached in memory after the first load; a key id that is not in the cache makes the store look at the
 * directory again (a key restored from backup or added by an administrator is found without a restart).
 * Thread safe: reads are lock free, creation, rotation and retirement are serialised per store. One directory
 * should be written by one platform instance at a time.
 */
public final class TenantKeyStore {
    private static final Logger LOG = LoggerFactory.getLogger(TenantKeyStore.class);

    /** Sub-directory of a tenant directory that holds retired keys. */
    public static final String RETIRED = "retired";
    /** File name suffix of key files. */
    public static final String SUFFIX = ".key";
    /** Size of every key: 256 bits. */
    public static final int KEY_BYTES = 32;

    private static final String FORMAT = "1";
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private final Path root;
    private final Clock clock;
    private final SecureRandom random;
    private final boolean posix;
    private final ConcurrentHashMap<String, Map<String, TenantKey>> loaded = new ConcurrentHashMap<>();

    /**
     * @param root the directory that holds one sub-directory per tenant; created on first use
     */
    public TenantKeyStore(Path root) {
        this(root, Clock.systemUTC(), new SecureRandom());
    }

    /**
     * @param root the directory that holds one sub-directory per tenant; created on first use
     * @param clock the source of key creation times
     * @param random the source of key material
     */
    public TenantKeyStore(Path root, Clock clock, SecureRandom random) {
        this.root = root.toAbsolutePath().normalize();
        this.clock = clock;
        this.random = random;
        this.posix = this.root.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /**
     * @return {@code ${karaf.etc}/nhi/keys}
     * @throws IllegalStateException if the system property {@code karaf.etc} is not set
     */
    public static Path defaultRoot() {
        String etc = System.getProperty("karaf.etc");
        if (etc == null || etc.isBlank()) {
            throw new IllegalStateException("karaf.etc is not set, so there is no default key directory; "
                + "name the key directory explicitly");
        }
        return Path.of(etc, "nhi", "keys");
    }

    /** @return the root directory (absolute) */
    public Path root() {
        return root;
    }

    /** @return {@code true} if key files get and must have POSIX permissions 600 */
    public boolean enforcesPosixPermissions() {
        return posix;
    }

    /**
     * @param tenant a tenant code
     * @return the tenant's key directory (which may not exist yet)
     * @throws jp.openkokuho.nhi.api.tenant.InvalidTenantException if the code is not a valid 全国地方公共団体コード
     *         (which also keeps path tricks such as {@code ..} out of the key directory)
     */
    public Path directory(String tenant) {
        return root.resolve(MunicipalityCode.requireValid(tenant));
    }

    /**
     * The key that new values of this purpose are made with, created (with version 1, or the version after the
     * highest retired one) if the tenant has none.
     *
     * @param tenant a tenant code
     * @param purpose what the key is for
     * @return the current key
     * @throws ProtectionException ({@link ProtectionException#KEY_STORE}) if the key files cannot be read, are
     *         damaged or too widely readable, or a new key cannot be written
     */
    public TenantKey current(String tenant, KeyPurpose purpose) {
        TenantKey key = newest(snapshot(tenant), purpose);
        if (key != null) {
            return key;
        }
        synchronized (this) {
            key = newest(snapshot(tenant), purpose);
            return key != null ? key : create(tenant, purpose);
        }
    }

    /**
     * Finds a key by id; if it is not loaded, reads the tenant's directory again first.
     *
     * @param tenant a tenant code
     * @param keyId a key id such as {@code dek1}
     * @return the key, or empty if the tenant has no such active key (never created, retired, or lost)
     * @throws ProtectionException ({@link ProtectionException#KEY_STORE}) if the key files cannot be trusted
     */
    public Optional<TenantKey> find(String tenant, String keyId) {
        if (KeyPurpose.ofKeyId(keyId) == null) {
            directory(tenant);
            return Optional.empty();
        }
        TenantKey key = snapshot(tenant).get(keyId);
        if (key == null) {
            key = reload(tenant).get(keyId);
        }
        return Optional.ofNullable(key);
    }

    /**
     * @param tenant a tenant code
     * @param purpose what the keys are for
     * @return the tenant's active keys of that purpose, current (highest version) first; empty if none exists yet
     */
    public List<TenantKey> keys(String tenant, KeyPurpose purpose) {
        List<TenantKey> keys = new ArrayList<>();
        for (TenantKey k : snapshot(tenant).values()) {
            if (k.purpose() == purpose) {
                keys.add(k);
            }
        }
        keys.sort(Comparator.comparingInt(TenantKey::version).reversed());
        return keys;
    }

    /**
     * Creates a new current key. Values made with older keys stay readable until they are re-encrypted
     * (see {@link KeyRotation}).
     *
     * @param tenant a tenant code
     * @param purpose what the key is for
     * @return the new current key
     * @throws ProtectionException ({@link ProtectionException#KEY_STORE}) if the key cannot be written
     */
    public synchronized TenantKey rotate(String tenant, KeyPurpose purpose) {
        reload(tenant);
        TenantKey key = create(tenant, purpose);
        LOG.info("Tenant {}: {} key {} is now current", tenant, purpose.label(), key.id());
        return key;
    }

    /**
     * Moves a key that nothing needs any more into the tenant's {@code retired/} directory: it is no longer loaded,
     * so values still made with it cannot be decrypted until it is moved back. Keep retired keys as long as database
     * backups that need them are kept.
     *
     * @param tenant a tenant code
     * @param keyId the key to retire
     * @return where the key file is now
     * @throws ProtectionException ({@link ProtectionException#KEY_STORE}) if the tenant has no such active key,
     *         it is the current key of its purpose, or the file cannot be moved
     */
    public synchronized Path retire(String tenant, String keyId) {
        KeyPurpose purpose = KeyPurpose.ofKeyId(keyId);
        if (purpose == null) {
            throw new IllegalArgumentException("not a key id: expected dek<n> or bik<n>");
        }
        Map<String, TenantKey> keys = reload(tenant);
        TenantKey key = keys.get(keyId);
        if (key == null) {
            throw new ProtectionException(ProtectionException.KEY_STORE,
                "tenant " + tenant + " has no active key " + keyId + " to retire");
        }
        if (key.equals(newest(keys, purpose))) {
            throw new ProtectionException(ProtectionException.KEY_STORE, "key " + keyId + " is tenant " + tenant
                + "'s current " + purpose.label() + " key; rotate first, re-encrypt, then retire it");
        }
        Path dir = directory(tenant);
        Path retired = ensureDirectory(dir.resolve(RETIRED));
        Path target = retired.resolve(keyId + SUFFIX);
        try {
            Files.move(dir.resolve(keyId + SUFFIX), target);
        } catch (IOException e) {
            throw new ProtectionException(ProtectionException.KEY_STORE,
                "cannot move key " + keyId + " of tenant " + tenant + " to " + retired, e);
        }
        reload(tenant);
        LOG.info("Tenant {}: {} key {} retired to {}", tenant, purpose.label(), keyId, retired);
        return target;
    }

    /**
     * @param tenant a tenant code
     * @param keyId a key id
     * @return {@code true} if the key is in the tenant's {@code retired/} directory
     */
    public boolean isRetired(String tenant, String keyId) {
        Path dir = directory(tenant);
        return KeyPurpose.ofKeyId(keyId) != null && Files.isRegularFile(dir.resolve(RETIRED).resolve(keyId + SUFFIX));
    }

    /**
     * Reads the tenant's directory again, for example after keys were restored from a backup.
     *
     * @param tenant a tenant code
     * @return the active keys by id
     * @throws ProtectionException ({@link ProtectionException#KEY_STORE}) if the key files cannot be trusted; the
     *         keys loaded before stay in use
     */
    public synchronized Map<String, TenantKey> reload(String tenant) {
        Map<String, TenantKey> keys = load(tenant);
        loaded.put(tenant, keys);
        return keys;
    }

    @Override
    public String toString() {
        return "TenantKeyStore[root=" + root + "]";
    }

    private Map<String, TenantKey> snapshot(String tenant) {
        MunicipalityCode.requireValid(tenant);
        Map<String, TenantKey> keys = loaded.get(tenant);
        if (keys != null) {
            return keys;
        }
        synchronized (this) {
            keys = loaded.get(tenant);
            return keys != null ? keys : reload(tenant);
        }
    }

    private static TenantKey newest(Map<String, TenantKey> keys, KeyPurpose purpose) {
        TenantKey newest = null;
        for (TenantKey k : keys.values()) {
            if (k.purpose() == purpose && (newest == null || k.version() > newest.version())) {
                newest = k;
            }
        }
        return newest;
    }

    /** Called with the lock held. */
    private TenantKey create(String tenant, KeyPurpose purpose) {
        Path dir = ensureDirectory(directory(tenant));
        int version = Math.max(highestVersion(dir, purpose), highestVersion(dir.resolve(RETIRED), purpose)) + 1;
        String id = purpose.keyId(version);
        Instant created = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        byte[] material = new byte[KEY_BYTES];
        random.nextBytes(material);
        try {
            writeNew(dir, id + SUFFIX, render(tenant, id, purpose, created, material));
            TenantKey key = new TenantKey(tenant, id, created, new SecretKeySpec(material, purpose.algorithm()));
            Map<String, TenantKey> keys = new HashMap<>(loaded.getOrDefault(tenant, Map.of()));
            keys.put(id, key);
            loaded.put(tenant, Map.copyOf(keys));
            LOG.info("Tenant {}: created {} key {} in {}", tenant, purpose.label(), id, dir);
            return key;
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }

    private static byte[] render(String tenant, String id, KeyPurpose purpose, Instant created, byte[] material) {
        String text = "# openkokuho NHI tenant key. Secret: never edit it, never put it into the database, back it up\n"
            + "# apart from the database backups. See docs/my-number.md.\n"
            + "format=" + FORMAT + "\n"
            + "tenant=" + tenant + "\n"
            + "id=" + id + "\n"
            + "purpose=" + purpose.label() + "\n"
            + "algorithm=" + purpose.algorithm() + "\n"
            + "created=" + created + "\n"
            + "material=" + Base64.getEncoder().encodeToString(material) + "\n";
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private void writeNew(Path dir, String name, byte[] content) {
        Path target = dir.resolve(name);
        Path tmp = null;
        try {
            tmp = posix
                ? Files.createTempFile(dir, "." + name + ".", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_FILE))
                : Files.createTempFile(dir, "." + name + ".", ".tmp");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    ch.write(buffer);
                }
                ch.force(true);
            }
            if (posix) {
                Files.setPosixFilePermissions(tmp, OWNER_FILE);
            }
            try {
                Files.createLink(target, tmp);
            } catch (FileAlreadyExistsException e) {
                throw e;
            } catch (UnsupportedOperationException | FileSystemException e) {
                // no hard links here: a plain move, which refuses to replace an existing file
                Files.move(tmp, target);
            }
            forceDirectory(dir);
        } catch (FileAlreadyExistsException e) {
            throw new ProtectionException(ProtectionException.KEY_STORE, "key file " + target
                + " appeared while it was being created; is another instance writing this key directory?", e);
        } catch (IOException e) {
            throw new ProtectionException(ProtectionException.KEY_STORE, "cannot write key file " + target, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    LOG.warn("Temporary key file {} could not be deleted: {}", tmp, e.getMessage());
                }
            }
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every platform can open a directory; the file itself was already forced
        }
    }

    private Path ensureDirectory(Path dir) {
        if (Files.isDirectory(dir)) {
            return dir;
        }
        try {
            if (posix) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIRECTORY));
                Files.setPosixFilePermissions(dir, OWNER_DIRECTORY);
            } else {
                Files.createDirectories(dir);
            }
            return dir;
        } catch (IOException e) {
            throw new ProtectionException(ProtectionException.KEY_STORE, "cannot create key directory " + dir, e);
        }
    }

    private static int highestVersion(Path dir, KeyPurpose purpose) {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int highest = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, purpose.prefix() + "*" + SUFFIX)) {
            for (Path f : files) {
                String id = keyIdOf(f);
                if (KeyPurpose.ofKeyId(id) == purpose) {
                    highest = Math.max(highest, KeyPurpose.versionOf(id));
                }
            }
        } catch (IOException e) {
            throw new ProtectionException(ProtectionException.KEY_STORE, "cannot list key directory " + dir, e);
        }
        return highest;
    }

    private static String keyIdOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length());
    }

    private Map<String, TenantKey> load(String tenant) {
        Path dir = directory(tenant);
        if (!Files.isDirectory(dir)) {
            return Map.of();
        }
        Map<String, TenantKey> keys = new HashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path f : files) {
                String id = keyIdOf(f);
                if (id.startsWith("audit-")) {
                    // the operation log's keys (audit/FileTenantKeyProvider) share the tenant's key directory
                    continue;
                }
                if (KeyPurpose.ofKeyId(id) == null || !Files.isRegularFile(f)) {
                    LOG.warn("Key directory {} holds {}, which is not a key file name; ignored", dir, f.getFileName());
                    continue;
                }
                keys.put(id, read(tenant, id, f));
            }
        } catch (IOException e) {
            throw new ProtectionException(ProtectionException.KEY_STORE, "cannot read key directory " + dir, e);
        }
        return Map.copyOf(keys);
    }

    private TenantKey read(String tenant, String id, Path file) throws IOException {
        if (posix) {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_FILE.containsAll(permissions)) {
                throw new ProtectionException(ProtectionException.KEY_STORE, "key file " + file
                    + " is accessible to others than its owner (" + PosixFilePermissions.toString(permissions)
                    + "); refused. Allow the owner only: chmod 600 " + file);
            }
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            p.load(r);
        } catch (CharacterCodingException | IllegalArgumentException e) {
            throw damaged(file, "not ASCII properties text");
        }
        KeyPurpose purpose = KeyPurpose.ofKeyId(id);
        expect(file, p, "format", FORMAT);
        expect(file, p, "tenant", tenant);
        expect(file, p, "id", id);
        expect(file, p, "purpose", purpose.label());
        expect(file, p, "algorithm", purpose.algorithm());
        Instant created;
        try {
            created = Instant.parse(String.valueOf(p.getProperty("created")));
        } catch (DateTimeParseException e) {
            throw damaged(file, "created is not an ISO-8601 instant");
        }
        byte[] material;
        try {
            material = Base64.getDecoder().decode(String.valueOf(p.getProperty("material")).strip());
        } catch (IllegalArgumentException e) {
            throw damaged(file, "material is not Base64");
        }
        try {
            if (material.length != KEY_BYTES) {
                throw damaged(file, "material is " + material.length + " bytes, not " + KEY_BYTES);
            }
            return new TenantKey(tenant, id, created, new SecretKeySpec(material, purpose.algorithm()));
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }

    private static void expect(Path file, Properties p, String field, String expected) {
        String actual = p.getProperty(field);
        if (!expected.equals(actual == null ? null : actual.strip())) {
            throw damaged(file, field + " is " + (actual == null ? "missing" : "'" + actual.strip() + "'")
                + ", expected '" + expected + "'");
        }
    }

    private static ProtectionException damaged(Path file, String what) {
        return new ProtectionException(ProtectionException.KEY_STORE,
            "key file " + file + " is damaged or misplaced (" + what + "); refused. Restore it from the key backup");
    }
}
