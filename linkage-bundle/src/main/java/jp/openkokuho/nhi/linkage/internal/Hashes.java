package jp.openkokuho.nhi.linkage.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of file contents, as recorded for every import and send. */
public final class Hashes {
    private Hashes() {
    }

    /**
     * @param content bytes
     * @return lower-case hex SHA-256
     */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
