package jp.openkokuho.nhi.eligibility.internal.audit;

/**
 * The outcome of verifying a tenant's operation log: OK, or the first broken entry and why.
 *
 * @param tenant the tenant code
 * @param entries how many entries, from the first, are known to be intact: all of them when OK; otherwise the entries
 *        before {@link Failure#from()}
 * @param head the chain value after the last of those entries (64 hex digits; all zeros for none)
 * @param lastCheckpoint the most recent checkpoint the log was compared with, or {@code null} if there is none (or it
 *        could not be read)
 * @param failure the first problem found, or {@code null} when the log verified
 */
public record VerificationResult(String tenant, long entries, String head, Checkpoint lastCheckpoint,
        Failure failure) {

    /** Why verification failed. */
    public enum Reason {
        /** The stored HMAC of an entry differs from the recomputed chain: the entry (or one before it whose stored
         * value it chains on) was changed, or entries were inserted, removed with renumbering, or reordered. */
        HASH_MISMATCH,
        /** A sequence number is missing (an entry was deleted) or repeated. */
        SEQUENCE_GAP,
        /** The log has fewer entries than a checkpoint (or the store's own counter) recorded: its end was cut off. */
        TRUNCATED,
        /** The chain is consistent, but its value after a checkpointed entry differs from the checkpoint: the log
         * was rewritten with recomputed hashes. The rewrite lies between the previous matching checkpoint and this
         * one. */
        HEAD_MISMATCH,
        /** An entry names another tenant: it was copied in from another municipality's log. */
        FOREIGN_TENANT,
        /** An entry names a key the tenant does not have. */
        UNKNOWN_KEY,
        /** An entry names an encoding version this software does not know. */
        UNSUPPORTED_FORMAT,
        /** A checkpoint record cannot be read or its seal does not verify: the checkpoint store was edited. */
        CHECKPOINT_INVALID
    }

    /**
     * The first problem.
     *
     * @param seq the entry at which the problem was detected (for {@link Reason#CHECKPOINT_INVALID} the size the
     *        damaged checkpoint claims, or 0 if it cannot be read)
     * @param from the earliest entry that may be affected: equal to {@code seq} except for
     *        {@link Reason#HEAD_MISMATCH}, where it is the entry after the previous matching checkpoint
     * @param reason the kind of problem
     * @param detail one English sentence for the auditor (no personal data)
     */
    public record Failure(long seq, long from, Reason reason, String detail) {
    }

    /** @return whether the log verified */
    public boolean ok() {
        return failure == null;
    }

    /** @return entries after the last checkpoint, protected by the chain (and the store's counter) only */
    public long uncoveredEntries() {
        return entries - (lastCheckpoint == null ? 0 : Math.min(entries, lastCheckpoint.size()));
    }

    /** @return a one-line summary for a command or a log line */
    public String summary() {
        if (ok()) {
            return "OK: tenant " + tenant + ", " + entries + " entries, head " + head
                + (lastCheckpoint == null ? ", no checkpoint yet"
                    : ", last checkpoint " + lastCheckpoint.size() + " entries at "
                        + CanonicalEncoding.time(lastCheckpoint.time()));
        }
        return "BROKEN: tenant " + tenant + ", " + failure.reason() + " at entry " + failure.seq() + ": "
            + failure.detail();
    }
}
