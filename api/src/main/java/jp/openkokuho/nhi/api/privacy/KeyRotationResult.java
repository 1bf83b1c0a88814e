package jp.openkokuho.nhi.api.privacy;

import java.util.List;

/**
 * The outcome of one {@link MyNumberService#rotateKey} run. Counts and key ids only; never a number or row key.
 *
 * @param tenantCode the tenant
 * @param keyId the data-encryption key every row is encrypted with when {@link #done()}
 * @param resumed {@code true} if this run finished an earlier, interrupted rotation instead of making a new key
 * @param examined rows examined
 * @param reencrypted rows re-encrypted under {@code keyId}
 * @param changedConcurrently rows changed by a concurrent link while being rewritten (they were re-examined)
 * @param failed rows that could not be decrypted (damaged or under a lost key); they keep their value
 * @param retiredKeyIds the older data-encryption keys moved to the retired directory because every row is now under
 *        {@code keyId}; empty when not done
 */
public record KeyRotationResult(String tenantCode, String keyId, boolean resumed, long examined, long reencrypted,
        long changedConcurrently, long failed, List<String> retiredKeyIds) {
    /** Copies the list. */
    public KeyRotationResult {
        retiredKeyIds = List.copyOf(retiredKeyIds);
    }

    /** @return {@code true} if every row is under {@code keyId} and nothing failed */
    public boolean done() {
        return failed == 0;
    }
}
