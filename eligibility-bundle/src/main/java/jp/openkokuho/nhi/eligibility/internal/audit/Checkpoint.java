package jp.openkokuho.nhi.eligibility.internal.audit;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import javax.crypto.Mac;

/**
 * A published statement "at {@code time} the operation log of {@code tenant} had {@code size} entries and its chain
 * value after the last of them was {@code head}", sealed with an HMAC under the tenant's key. Checkpoints are kept
 * outside the tenant database ({@link CheckpointStore}); they catch what a chain alone cannot: truncation and a full
 * rewrite with recomputed hashes.
 *
 * <p>The sealed bytes (format 1):
 * <pre>
 * str("nhi-operation-log-checkpoint") || u32(1) || str(tenant) || u64(size) || str(head) || str(time) || str(keyId)
 * mac = HMAC-SHA256(K[keyId], those bytes)
 * </pre>
 * with {@code str}, {@code u32}, {@code u64} and the time format of {@link CanonicalEncoding}. As a line of a
 * checkpoint file: {@code 1 <tenant> <size> <head> <time> <keyId> <mac>}.
 *
 * @param tenant the tenant code
 * @param size the number of entries (= the sequence number of the last one; 0 for an empty log)
 * @param head {@code h_size} as 64 hex digits ({@link CanonicalEncoding#GENESIS_HEX} for an empty log)
 * @param time when the checkpoint was taken (UTC)
 * @param keyId the key the checkpoint is sealed with
 * @param mac the seal, 64 hex digits
 */
public record Checkpoint(String tenant, long size, String head, Instant time, String keyId, String mac) {
    /** Version of the sealed bytes and of the line format. */
    public static final int FORMAT_VERSION = 1;
    static final String TAG = "nhi-operation-log-checkpoint";
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern TOKEN = Pattern.compile("[0-9A-Za-z_-]{1,32}");

    /**
     * Seals a new checkpoint.
     *
     * @param tenant the tenant code
     * @param size number of entries
     * @param head chain value after the last entry
     * @param time the time of the checkpoint
     * @param key the tenant's current key
     * @return the sealed checkpoint
     */
    public static Checkpoint seal(String tenant, long size, String head, Instant time, TenantKey key) {
        String mac = CanonicalEncoding.hex(CanonicalEncoding.link(CanonicalEncoding.newMac(), key.secret(), new byte[0],
            bytes(tenant, size, head, time, key.id())));
        return new Checkpoint(tenant, size, head, time, key.id(), mac);
    }

    /**
     * @param key the key this checkpoint names
     * @return whether the seal is intact
     */
    public boolean sealedWith(TenantKey key) {
        Mac m = CanonicalEncoding.newMac();
        String expected = CanonicalEncoding.hex(CanonicalEncoding.link(m, key.secret(), new byte[0],
            bytes(tenant, size, head, time, keyId)));
        return key.id().equals(keyId) && CanonicalEncoding.sameHex(expected, mac);
    }

    /** @return the line written to a checkpoint file, without the line end */
    public String toLine() {
        return FORMAT_VERSION + " " + tenant + " " + size + " " + head + " " + CanonicalEncoding.time(time) + " "
            + keyId + " " + mac;
    }

    /**
     * @param line one line of a checkpoint file
     * @return the checkpoint it holds (its seal is not checked here)
     * @throws IllegalArgumentException if the line is not a checkpoint line
     */
    public static Checkpoint parse(String line) {
        String[] f = line.split(" ", -1);
        if (f.length != 7 || !String.valueOf(FORMAT_VERSION).equals(f[0])) {
            throw new IllegalArgumentException("not a version " + FORMAT_VERSION + " checkpoint line");
        }
        if (!TOKEN.matcher(f[1]).matches() || !TOKEN.matcher(f[5]).matches() || !HEX64.matcher(f[3]).matches()
                || !HEX64.matcher(f[6]).matches() || !f[2].matches("0|[1-9][0-9]{0,18}")) {
            throw new IllegalArgumentException("malformed checkpoint field");
        }
        try {
            return new Checkpoint(f[1], Long.parseLong(f[2]), f[3], Instant.parse(f[4]), f[5], f[6]);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("malformed checkpoint size or time", e);
        }
    }

    private static byte[] bytes(String tenant, long size, String head, Instant time, String keyId) {
        CanonicalEncoding.Writer w = new CanonicalEncoding.Writer();
        w.str(TAG);
        w.u32(FORMAT_VERSION);
        w.str(tenant);
        w.u64(size);
        w.str(head);
        w.str(CanonicalEncoding.time(time));
        w.str(keyId);
        return w.bytes();
    }
}
