package jp.openkokuho.nhi.eligibility.internal.crypto;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.openkokuho.nhi.api.privacy.MyNumber;

/**
 * Key rotation of a running platform, in three steps:
 * <ol>
 * <li><b>rotate</b>: {@link #rotateEncryptionKey} (or {@link #rotateBlindIndexKey}) makes a new current key. From
 * that moment every new value is encrypted (indexed) with it, and values made with older keys stay readable
 * (findable), because older keys stay loaded.</li>
 * <li><b>migrate</b>: the same call then re-encrypts (re-indexes) the values the caller hands in, one by one,
 * through the caller's {@link Writer}. The caller owns the database: it streams the rows of one tenant as
 * {@link StoredValue}s and writes each {@link Rewrite} with a compare-and-set on the old ciphertext
 * ({@code UPDATE … SET enc = ?, bidx = ? WHERE <row> AND enc = <previous>}), each in its own short transaction,
 * so the service keeps running and a concurrent change of the same row wins. {@link #migrate} does the same
 * without rotating: run it again after an interruption, or until {@link Report#done()}; it is idempotent because
 * values already under the current keys are skipped.</li>
 * <li><b>retire</b>: when a complete run reports {@link Report#done()}, {@link #retireOlderEncryptionKeys} moves the
 * older data-encryption keys into {@code retired/}. Blind-index keys are not retired here: index values kept in
 * places that are never rewritten (the audit log's subjects) still need them for look-ups.</li>
 * </ol>
 * The {@link Report} counts what happened; its {@link Report#toString()} shows counts and key ids only. Rows that
 * could not be migrated (damaged, moved, or under a lost key) are listed in {@link Report#failures()} with their
 * {@link CipherContext} and error code, never with a number. Exceptions of the writer (the database is down) stop
 * the run and propagate; every row written before stays written.
 *
 * <p>Thread safe; runs for different tenants may overlap.
 */
public final class KeyRotation {
    private static final Logger LOG = LoggerFactory.getLogger(KeyRotation.class);

    private final TenantKeyStore keys;
    private final MyNumberCipher cipher;
    private final BlindIndex blindIndex;

    /**
     * @param keys the tenants' keys
     * @param cipher the cipher over the same key store
     * @param blindIndex the blind index over the same key store
     */
    public KeyRotation(TenantKeyStore keys, MyNumberCipher cipher, BlindIndex blindIndex) {
        if (cipher.keys() != keys || blindIndex.keys() != keys) {
            throw new IllegalArgumentException("the cipher and the blind index must use the same key store");
        }
        this.keys = keys;
        this.cipher = cipher;
        this.blindIndex = blindIndex;
    }

    /**
     * One stored individual number as the caller read it.
     *
     * @param context where it is stored
     * @param ciphertext the stored form ({@link MyNumberCipher})
     * @param indexed {@code true} if the row has a blind-index column for this value
     * @param blindIndex the stored index value; {@code null} if the row has no index column or no value in it yet
     */
    public record StoredValue(CipherContext context, String ciphertext, boolean indexed, String blindIndex) {
        /**
         * @param context where it is stored
         * @param ciphertext the stored form
         * @param blindIndex the stored index value, {@code null} if not yet set
         * @return a value whose row has a blind-index column
         */
        public static StoredValue indexed(CipherContext context, String ciphertext, String blindIndex) {
            return new StoredValue(context, ciphertext, true, blindIndex);
        }

        /**
         * @param context where it is stored
         * @param ciphertext the stored form
         * @return a value whose row has no blind-index column
         */
        public static StoredValue unindexed(CipherContext context, String ciphertext) {
            return new StoredValue(context, ciphertext, false, null);
        }

        /** @return the context (row key masked) only; no stored values */
        @Override
        public String toString() {
            return "StoredValue[" + context + ", indexed=" + indexed + "]";
        }
    }

    /**
     * What to write back for one row.
     *
     * @param context where
     * @param previousCiphertext the value read; write only if the row still holds it
     * @param ciphertext the new stored form (the previous one if only the index changes)
     * @param blindIndex the new index value; {@code null} for rows without an index column
     */
    public record Rewrite(CipherContext context, String previousCiphertext, String ciphertext, String blindIndex) {
        /** @return the context (row key masked) only; no stored values */
        @Override
        public String toString() {
            return "Rewrite[" + context + "]";
        }
    }

    /** Writes one rewrite back to the caller's database. */
    @FunctionalInterface
    public interface Writer {
        /**
         * @param rewrite the new values of one row
         * @return {@code true} if written; {@code false} if the row no longer holds
         *         {@link Rewrite#previousCiphertext()} (changed or deleted concurrently), so nothing was written
         */
        boolean write(Rewrite rewrite);
    }

    /**
     * A row that could not be migrated.
     *
     * @param context where (its {@code toString()} masks the row key)
     * @param code the {@link ProtectionException} code
     */
    public record Failure(CipherContext context, String code) {
    }

    /**
     * The outcome of one run over one tenant.
     *
     * @param tenant the tenant
     * @param encryptionKeyId the current data-encryption key during the run
     * @param blindIndexKeyId the current blind-index key during the run
     * @param examined values handed in
     * @param reencrypted values written back under the current data-encryption key
     * @param reindexed index values written back under the current blind-index key
     * @param alreadyCurrent values that needed nothing
     * @param changedConcurrently rewrites refused by the writer because the row had changed
     * @param failures rows that could not be migrated
     */
    public record Report(String tenant, String encryptionKeyId, String blindIndexKeyId, long examined,
            long reencrypted, long reindexed, long alreadyCurrent, long changedConcurrently, List<Failure> failures) {
        /**
         * Copies the failure list.
         *
         * @param tenant the tenant
         * @param encryptionKeyId the current data-encryption key during the run
         * @param blindIndexKeyId the current blind-index key during the run
         * @param examined values handed in
         * @param reencrypted values written back under the current data-encryption key
         * @param reindexed index values written back under the current blind-index key
         * @param alreadyCurrent values that needed nothing
         * @param changedConcurrently rewrites refused by the writer because the row had changed
         * @param failures rows that could not be migrated
         */
        public Report {
            failures = List.copyOf(failures);
        }

        /** @return the number of rows that could not be migrated */
        public long failed() {
            return failures.size();
        }

        /**
         * @return {@code true} if every value handed in is now under the current keys: nothing failed and no row
         *         changed during the run (a concurrent writer may have used an older key; run again to be sure)
         */
        public boolean done() {
            return failures.isEmpty() && changedConcurrently == 0;
        }

        /** @return counts and key ids; no row keys, no values */
        @Override
        public String toString() {
            return "Report[tenant=" + tenant + ", keys=" + encryptionKeyId + "/" + blindIndexKeyId + ", examined="
                + examined + ", reencrypted=" + reencrypted + ", reindexed=" + reindexed + ", alreadyCurrent="
                + alreadyCurrent + ", changedConcurrently=" + changedConcurrently + ", failed=" + failures.size()
                + ", done=" + done() + "]";
        }
    }

    /**
     * Makes a new current data-encryption key, then migrates the given values to it.
     *
     * @param tenant the tenant
     * @param values the tenant's stored values, read by the caller (may be lazy)
     * @param writer writes each rewrite back
     * @return the report of the migration
     */
    public Report rotateEncryptionKey(String tenant, Iterable<StoredValue> values, Writer writer) {
        keys.rotate(tenant, KeyPurpose.DATA_ENCRYPTION);
        return migrate(tenant, values, writer);
    }

    /**
     * Makes a new current blind-index key, then migrates the given values to it.
     *
     * @param tenant the tenant
     * @param values the tenant's stored values, read by the caller (may be lazy)
     * @param writer writes each rewrite back
     * @return the report of the migration
     */
    public Report rotateBlindIndexKey(String tenant, Iterable<StoredValue> values, Writer writer) {
        keys.rotate(tenant, KeyPurpose.BLIND_INDEX);
        return migrate(tenant, values, writer);
    }

    /**
     * Brings every given value under the tenant's current keys: re-encrypts values made with an older
     * data-encryption key and recomputes index values that are missing or made with an older blind-index key.
     *
     * @param tenant the tenant
     * @param values the tenant's stored values, read by the caller (may be lazy)
     * @param writer writes each rewrite back
     * @return the report
     * @throws IllegalArgumentException if a value belongs to another tenant
     */
    public Report migrate(String tenant, Iterable<StoredValue> values, Writer writer) {
        String dek = keys.current(tenant, KeyPurpose.DATA_ENCRYPTION).id();
        String bik = keys.current(tenant, KeyPurpose.BLIND_INDEX).id();
        long examined = 0;
        long reencrypted = 0;
        long reindexed = 0;
        long current = 0;
        long changed = 0;
        List<Failure> failures = new ArrayList<>();
        for (StoredValue v : values) {
            if (!tenant.equals(v.context().tenant())) {
                throw new IllegalArgumentException("a value of tenant " + v.context().tenant()
                    + " was handed to the migration of tenant " + tenant);
            }
            examined++;
            try {
                boolean encrypt = !dek.equals(MyNumberCipher.keyIdOf(v.ciphertext()));
                boolean index = v.indexed() && !blindIndex.isCurrent(tenant, v.blindIndex());
                if (!encrypt && !index) {
                    current++;
                    continue;
                }
                MyNumber number = cipher.decrypt(v.context(), v.ciphertext());
                String ciphertext = encrypt ? cipher.encrypt(v.context(), number) : v.ciphertext();
                String indexValue = !v.indexed() ? null : index ? blindIndex.compute(tenant, number) : v.blindIndex();
                if (writer.write(new Rewrite(v.context(), v.ciphertext(), ciphertext, indexValue))) {
                    reencrypted += encrypt ? 1 : 0;
                    reindexed += index ? 1 : 0;
                } else {
                    changed++;
                }
            } catch (ProtectionException e) {
                failures.add(new Failure(v.context(), e.code()));
            }
        }
        Report report = new Report(tenant, dek, bik, examined, reencrypted, reindexed, current, changed, failures);
        LOG.info("Tenant {}: key migration {}", tenant, report);
        if (!failures.isEmpty()) {
            Map<String, Integer> byCode = new TreeMap<>();
            failures.forEach(f -> byCode.merge(f.code(), 1, Integer::sum));
            LOG.warn("Tenant {}: {} stored 個人番号 values could not be migrated, by code {}; see the report",
                tenant, failures.size(), byCode);
        }
        return report;
    }

    /**
     * Retires every data-encryption key of the tenant except the current one, after a complete migration.
     *
     * @param report the report of a {@link #migrate} run over <em>all</em> of the tenant's stored values (every
     *        table and column that holds them); only the caller can know that it was complete
     * @return the retired key ids
     * @throws IllegalStateException if the report is not {@link Report#done()}, or the current data-encryption key
     *         is no longer the one the report migrated to
     */
    public List<String> retireOlderEncryptionKeys(Report report) {
        String tenant = report.tenant();
        TenantKey current = keys.current(tenant, KeyPurpose.DATA_ENCRYPTION);
        if (!report.done() || !current.id().equals(report.encryptionKeyId())) {
            throw new IllegalStateException("tenant " + tenant + ": older keys are retired only after a complete "
                + "migration to the current key " + current.id() + "; the report says " + report);
        }
        List<String> retired = new ArrayList<>();
        for (TenantKey k : keys.keys(tenant, KeyPurpose.DATA_ENCRYPTION)) {
            if (!k.equals(current)) {
                keys.retire(tenant, k.id());
                retired.add(k.id());
            }
        }
        return retired;
    }
}
