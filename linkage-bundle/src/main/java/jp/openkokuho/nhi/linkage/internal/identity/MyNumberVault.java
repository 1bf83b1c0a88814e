package jp.openkokuho.nhi.linkage.internal.identity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jp.openkokuho.nhi.api.privacy.MyNumber;

/**
 * Protects individual numbers in the linkage database: a keyed blind index (HMAC-SHA256) to find a number without
 * storing it, and AES-256-GCM ciphertext bound to the 宛名番号 (associated data) for the flows that need the clear
 * number. Both keys derive from the tenant's 32-byte linkage secret by HMAC with distinct labels.
 *
 * <p>Thread safe (creates its JCE objects per call).
 */
public final class MyNumberVault {
    private static final int IV_BYTES = 12;
    private final byte[] indexKey;
    private final byte[] encryptionKey;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param secret the tenant's 32-byte linkage secret
     */
    public MyNumberVault(byte[] secret) {
        this.indexKey = hmac(secret, "nhi-linkage-mynumber-index".getBytes(StandardCharsets.US_ASCII));
        this.encryptionKey = hmac(secret, "nhi-linkage-mynumber-aes".getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * @param number a number
     * @return its blind index (64 hex characters)
     */
    public String index(MyNumber number) {
        return HexFormat.of().formatHex(hmac(indexKey, number.digits().getBytes(StandardCharsets.US_ASCII)));
    }

    /**
     * @param number a number
     * @param atenaNo the 宛名番号 it belongs to (bound as associated data)
     * @return base64 of IV and ciphertext
     */
    public String encrypt(MyNumber number, String atenaNo) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(encryptionKey, "AES"), new GCMParameterSpec(128, iv));
            c.updateAAD(atenaNo.getBytes(StandardCharsets.UTF_8));
            byte[] ct = c.doFinal(number.digits().getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(iv.length + ct.length).put(iv).put(ct).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required by every Java platform", e);
        }
    }

    /**
     * @param stored result of {@link #encrypt}
     * @param atenaNo the 宛名番号 it was stored for
     * @return the number
     * @throws IllegalStateException if the ciphertext was altered or belongs to another 宛名番号
     */
    public MyNumber decrypt(String stored, String atenaNo) {
        try {
            byte[] all = Base64.getDecoder().decode(stored);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, new SecretKeySpec(encryptionKey, "AES"),
                new GCMParameterSpec(128, all, 0, IV_BYTES));
            c.updateAAD(atenaNo.getBytes(StandardCharsets.UTF_8));
            return MyNumber.of(new String(c.doFinal(all, IV_BYTES, all.length - IV_BYTES), StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a stored 個人番号 failed its integrity check", e);
        }
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }
}
