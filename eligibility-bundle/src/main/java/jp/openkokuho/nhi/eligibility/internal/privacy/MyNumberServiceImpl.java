package jp.openkokuho.nhi.eligibility.internal.privacy;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.privacy.KeyRotationProgress;
import jp.openkokuho.nhi.api.privacy.KeyRotationResult;
import jp.openkokuho.nhi.api.privacy.Masking;
import jp.openkokuho.nhi.api.privacy.MyNumber;
import jp.openkokuho.nhi.api.privacy.MyNumberPurpose;
import jp.openkokuho.nhi.api.privacy.MyNumberService;
import jp.openkokuho.nhi.eligibility.internal.crypto.BlindIndex;
import jp.openkokuho.nhi.eligibility.internal.crypto.CipherContext;
import jp.openkokuho.nhi.eligibility.internal.crypto.KeyPurpose;
import jp.openkokuho.nhi.eligibility.internal.crypto.KeyRotation;
import jp.openkokuho.nhi.eligibility.internal.crypto.MyNumberCipher;
import jp.openkokuho.nhi.eligibility.internal.crypto.ProtectionException;
import jp.openkokuho.nhi.eligibility.internal.crypto.TenantKeyStore;
import jp.openkokuho.nhi.eligibility.internal.security.AccessGuard;
import jp.openkokuho.nhi.eligibility.internal.security.Operation;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantRegistry;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/**
 * {@link MyNumberService} over the table NHI_MY_NUMBER (one row per person, primary key ATENA_NO). The row key of
 * the associated data is the 宛名番号 as stored; the table and column are {@value #TABLE}.{@value #COLUMN}.
 *
 * <p>Rotation walks the table in primary-key order in batches; each row is rewritten in its own short transaction
 * with a compare-and-set on the old ciphertext ({@link KeyRotation}), so links and reads go on meanwhile, and a link
 * that wins the race simply leaves a row already under the new key. Passes repeat until one finds every row current
 * (at most {@value #MAX_PASSES}); only then are older keys retired.
 */
@Component(service = MyNumberService.class, configurationPid = MyNumberServiceImpl.PID)
@Designate(ocd = MyNumberServiceImpl.Config.class)
public class MyNumberServiceImpl implements MyNumberService {
    /** Configuration PID. */
    public static final String PID = "jp.openkokuho.nhi.privacy";
    static final String TABLE = "NHI_MY_NUMBER";
    static final String COLUMN = "MY_NUMBER_ENC";
    static final int MAX_PASSES = 5;
    private static final Logger LOG = LoggerFactory.getLogger(MyNumberServiceImpl.class);

    /** Key directory and rotation batch size. */
    @ObjectClassDefinition(name = "NHI 個人番号 protection",
            description = "Where the tenants' 個人番号 keys live and how rotation batches its work")
    public @interface Config {
        /** @return the key directory; empty for ${karaf.etc}/nhi/keys */
        @AttributeDefinition(name = "Key directory", description = "Outside every database; empty: ${karaf.etc}/nhi/keys")
        String keys_dir() default "";

        /** @return rows per rotation batch */
        @AttributeDefinition(name = "Rotation batch size", description = "Rows read per batch during key rotation")
        int rotation_batch_size() default 500;
    }

    private final TenantRegistry tenants;
    private final TenantKeyStore keys;
    private final MyNumberCipher cipher;
    private final BlindIndex index;
    private final KeyRotation rotation;
    private final int batchSize;
    private final Clock clock;
    private final ConcurrentHashMap<String, Boolean> rotating = new ConcurrentHashMap<>();
    private final AccessGuard guard;

    /**
     * @param tenants the open tenant stores
     * @param guard authorises and logs every operation
     * @param config key directory and batch size
     */
    @Activate
    public MyNumberServiceImpl(@Reference TenantRegistry tenants, @Reference AccessGuard guard, Config config) {
        this(tenants, guard, new TenantKeyStore(config.keys_dir().isBlank() ? TenantKeyStore.defaultRoot()
            : Path.of(config.keys_dir())), config.rotation_batch_size(), Clock.systemUTC());
    }

    /**
     * @param tenants the open tenant stores
     * @param guard authorises and logs every operation
     * @param keys the tenants' keys
     * @param batchSize rows per rotation batch (at least 1)
     * @param clock time source of LINKED_AT
     */
    public MyNumberServiceImpl(TenantRegistry tenants, AccessGuard guard, TenantKeyStore keys, int batchSize,
            Clock clock) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("rotation batch size must be at least 1");
        }
        this.tenants = tenants;
        this.guard = guard;
        this.keys = keys;
        this.cipher = new MyNumberCipher(keys);
        this.index = new BlindIndex(keys);
        this.rotation = new KeyRotation(keys, cipher, index);
        this.batchSize = batchSize;
        this.clock = clock;
    }

    @Override
    public boolean link(String tenantCode, String atenaNo, MyNumber number) {
        return guard.call(tenantCode, Operation.MY_NUMBER_LINK, atenaNo, () -> linked(tenantCode, atenaNo, number));
    }

    private boolean linked(String tenantCode, String atenaNo, MyNumber number) {
        TenantStore store = tenants.store(tenantCode);
        String atena = PrivacyInputs.atenaNo(atenaNo);
        if (number == null) {
            throw new NhiException("INPUT", "個人番号 is missing");
        }
        List<String> lookups = index.lookupValues(tenantCode, number);
        String bidx = index.compute(tenantCode, number);
        String enc = cipher.encrypt(context(tenantCode, atena), number);
        Timestamp now = Timestamp.valueOf(PrivacyInputs.utc(clock.instant()));
        boolean changed = store.inTransaction(em -> {
            PrivacyInputs.nextCounter(em, "my_number_link");
            for (String owner : owners(em, lookups)) {
                if (!owner.equals(atena)) {
                    throw new NhiException("MY_NUMBER_IN_USE", "the 個人番号 given for 宛名番号 "
                        + Masking.atenaNumber(atena) + " is already linked to another person of tenant " + tenantCode);
                }
            }
            List<?> existing = em.createNativeQuery("SELECT MY_NUMBER_BIDX FROM " + TABLE + " WHERE ATENA_NO = ?1")
                .setParameter(1, atena).getResultList();
            if (!existing.isEmpty() && lookups.contains((String) existing.get(0))) {
                guard.sealInTransaction(em);
                return false;
            }
            Query q = existing.isEmpty()
                ? em.createNativeQuery("INSERT INTO " + TABLE + " (MY_NUMBER_ENC, MY_NUMBER_BIDX, LINKED_AT, ATENA_NO)"
                    + " VALUES (?1, ?2, ?3, ?4)")
                : em.createNativeQuery("UPDATE " + TABLE + " SET MY_NUMBER_ENC = ?1, MY_NUMBER_BIDX = ?2,"
                    + " LINKED_AT = ?3 WHERE ATENA_NO = ?4");
            q.setParameter(1, enc).setParameter(2, bidx).setParameter(3, now).setParameter(4, atena).executeUpdate();
            guard.sealInTransaction(em);
            return true;
        });
        if (changed) {
            LOG.debug("Tenant {}: 個人番号 linked to 宛名番号 {}", tenantCode, Masking.atenaNumber(atena));
        }
        return changed;
    }

    @Override
    public Optional<String> findAtenaNo(String tenantCode, MyNumber number) {
        return guard.call(tenantCode, Operation.MY_NUMBER_FIND, null, () -> {
            TenantStore store = tenants.store(tenantCode);
            if (number == null) {
                throw new NhiException("INPUT", "個人番号 is missing");
            }
            List<String> lookups = index.lookupValues(tenantCode, number);
            return store.read(em -> owners(em, lookups)).stream().findFirst();
        });
    }

    @Override
    public boolean isLinked(String tenantCode, String atenaNo) {
        return guard.call(tenantCode, Operation.MY_NUMBER_PRESENCE, atenaNo, () -> {
            TenantStore store = tenants.store(tenantCode);
            String key = PrivacyInputs.atenaNo(atenaNo);
            return store.read(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + TABLE
                + " WHERE ATENA_NO = ?1").setParameter(1, key).getSingleResult()).longValue() > 0);
        });
    }

    @Override
    public MyNumber reveal(String tenantCode, String atenaNo, MyNumberPurpose purpose) {
        // the entry names the purpose the caller gave, also when it is refused
        String logged = Operation.MY_NUMBER_REVEAL.purpose() + " 目的: "
            + (purpose == null ? "指定なし" : purpose.japaneseName() + "（" + purpose.name() + "）");
        return guard.call(tenantCode, Operation.MY_NUMBER_REVEAL, atenaNo, logged, Operation.MY_NUMBER_REVEAL.items(),
            () -> revealed(tenantCode, atenaNo, purpose));
    }

    private MyNumber revealed(String tenantCode, String atenaNo, MyNumberPurpose purpose) {
        TenantStore store = tenants.store(tenantCode);
        String atena = PrivacyInputs.atenaNo(atenaNo);
        if (purpose == null || !purpose.permitted()) {
            throw new NhiException("MY_NUMBER_PURPOSE_DENIED", "the 個人番号 is not disclosed for the purpose "
                + (purpose == null ? "(none)" : purpose.name() + " (" + purpose.japaneseName() + ")")
                + "; compare numbers by look-up instead");
        }
        try {
            return decrypt(store, tenantCode, atena);
        } catch (ProtectionException e) {
            if (!ProtectionException.UNKNOWN_KEY.equals(e.code())) {
                throw e;
            }
            // a rotation retired the key between our read and our decryption; the row now holds the new value
            return decrypt(store, tenantCode, atena);
        }
    }

    private MyNumber decrypt(TenantStore store, String tenantCode, String atena) {
        List<?> rows = store.read(em -> em.createNativeQuery("SELECT " + COLUMN + " FROM " + TABLE
            + " WHERE ATENA_NO = ?1").setParameter(1, atena).getResultList());
        if (rows.isEmpty()) {
            throw new NhiException("MY_NUMBER_NOT_LINKED", "宛名番号 " + Masking.atenaNumber(atena)
                + " has no 個人番号 in tenant " + tenantCode);
        }
        return cipher.decrypt(context(tenantCode, atena), (String) rows.get(0));
    }

    @Override
    public KeyRotationResult rotateKey(String tenantCode, KeyRotationProgress progress) {
        // one entry for the whole rotation, written after it: the batches commit in transactions of their own
        return guard.call(tenantCode, Operation.MY_NUMBER_ROTATE_KEY, null, () -> rotated(tenantCode, progress));
    }

    private KeyRotationResult rotated(String tenantCode, KeyRotationProgress progress) {
        TenantStore store = tenants.store(tenantCode);
        KeyRotationProgress listener = progress == null ? KeyRotationProgress.NONE : progress;
        if (rotating.putIfAbsent(tenantCode, Boolean.TRUE) != null) {
            throw new NhiException("KEY_ROTATION_RUNNING", "a key rotation of tenant " + tenantCode + " is running");
        }
        try {
            String before = keys.current(tenantCode, KeyPurpose.DATA_ENCRYPTION).id();
            boolean resumed = notUnder(store, before) > 0;
            String keyId = resumed ? before : keys.rotate(tenantCode, KeyPurpose.DATA_ENCRYPTION).id();
            LOG.info("Tenant {}: 個人番号 key rotation to {} {}", tenantCode, keyId,
                resumed ? "resumed (rows under older keys remain)" : "started");
            long examined = 0;
            long reencrypted = 0;
            long changed = 0;
            KeyRotation.Report last = null;
            for (int pass = 1; pass <= MAX_PASSES; pass++) {
                last = pass(store, tenantCode, listener, examined);
                examined += last.examined();
                reencrypted += last.reencrypted();
                changed += last.changedConcurrently();
                if (last.changedConcurrently() == 0) {
                    break;
                }
            }
            List<String> retired = List.of();
            if (last.done() && last.encryptionKeyId().equals(keyId) && notUnder(store, keyId) == 0) {
                retired = rotation.retireOlderEncryptionKeys(last);
            }
            KeyRotationResult result = new KeyRotationResult(tenantCode, keyId, resumed, examined, reencrypted,
                changed, last.failed(), retired);
            LOG.info("Tenant {}: 個人番号 key rotation to {}: {} rows examined, {} re-encrypted, {} failed, retired {}",
                tenantCode, keyId, examined, reencrypted, last.failed(), retired);
            return result;
        } finally {
            rotating.remove(tenantCode);
        }
    }

    /** One walk over the whole table in primary-key order, batch by batch; returns the summed report. */
    private KeyRotation.Report pass(TenantStore store, String tenantCode, KeyRotationProgress listener,
            long examinedBefore) {
        long total = store.read(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + TABLE)
            .getSingleResult()).longValue());
        long[] sums = new long[5];
        List<KeyRotation.Failure> failures = new ArrayList<>();
        String after = "";
        KeyRotation.Report report = null;
        while (true) {
            String from = after;
            List<?> rows = store.read(em -> em.createNativeQuery("SELECT ATENA_NO, " + COLUMN + ", MY_NUMBER_BIDX FROM "
                + TABLE + " WHERE ATENA_NO > ?1 ORDER BY ATENA_NO").setParameter(1, from).setMaxResults(batchSize)
                .getResultList());
            if (rows.isEmpty()) {
                break;
            }
            List<KeyRotation.StoredValue> values = new ArrayList<>();
            for (Object row : rows) {
                Object[] r = (Object[]) row;
                values.add(KeyRotation.StoredValue.indexed(context(tenantCode, (String) r[0]), (String) r[1],
                    (String) r[2]));
                after = (String) r[0];
            }
            report = rotation.migrate(tenantCode, values, rewrite -> store.inTransaction(em -> em.createNativeQuery(
                "UPDATE " + TABLE + " SET " + COLUMN + " = ?1, MY_NUMBER_BIDX = ?2 WHERE ATENA_NO = ?3 AND " + COLUMN
                    + " = ?4").setParameter(1, rewrite.ciphertext()).setParameter(2, rewrite.blindIndex())
                .setParameter(3, rewrite.context().rowKey()).setParameter(4, rewrite.previousCiphertext())
                .executeUpdate() == 1));
            sums[0] += report.examined();
            sums[1] += report.reencrypted();
            sums[2] += report.reindexed();
            sums[3] += report.alreadyCurrent();
            sums[4] += report.changedConcurrently();
            failures.addAll(report.failures());
            listener.batchDone(examinedBefore + sums[0], total);
        }
        String dek = report == null ? keys.current(tenantCode, KeyPurpose.DATA_ENCRYPTION).id()
            : report.encryptionKeyId();
        String bik = report == null ? keys.current(tenantCode, KeyPurpose.BLIND_INDEX).id() : report.blindIndexKeyId();
        return new KeyRotation.Report(tenantCode, dek, bik, sums[0], sums[1], sums[2], sums[3], sums[4], failures);
    }

    /** @return rows whose value is not under the given data-encryption key */
    private static long notUnder(TenantStore store, String keyId) {
        return store.read(em -> ((Number) em.createNativeQuery("SELECT COUNT(*) FROM " + TABLE + " WHERE " + COLUMN
            + " NOT LIKE ?1").setParameter(1, MyNumberCipher.FORMAT_VERSION + ":" + keyId + ":%").getSingleResult())
            .longValue());
    }

    private static List<String> owners(EntityManager em, List<String> lookups) {
        StringBuilder sql = new StringBuilder("SELECT ATENA_NO FROM " + TABLE + " WHERE MY_NUMBER_BIDX IN (");
        for (int i = 1; i <= lookups.size(); i++) {
            sql.append(i == 1 ? "?" : ", ?").append(i);
        }
        Query q = em.createNativeQuery(sql.append(") ORDER BY ATENA_NO").toString());
        for (int i = 0; i < lookups.size(); i++) {
            q.setParameter(i + 1, lookups.get(i));
        }
        List<String> out = new ArrayList<>();
        for (Object o : q.getResultList()) {
            out.add((String) o);
        }
        return out;
    }

    private static CipherContext context(String tenantCode, String atenaNo) {
        return new CipherContext(tenantCode, TABLE, COLUMN, atenaNo);
    }
}
