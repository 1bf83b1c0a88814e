package jp.openkokuho.nhi.eligibility.internal.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;

import javax.crypto.Mac;

import jakarta.persistence.EntityManager;

import jp.openkokuho.nhi.eligibility.internal.audit.VerificationResult.Failure;
import jp.openkokuho.nhi.eligibility.internal.audit.VerificationResult.Reason;
import jp.openkokuho.nhi.eligibility.internal.tenant.TenantStore;

/**
 * Verifies a tenant's operation log: recomputes the chain from the first entry with the keys the entries name,
 * compares the chain value after every checkpointed entry with the checkpoint, and checks that the log is at least as
 * long as the last checkpoint and the store's own counter say. Reports OK or the first broken entry.
 *
 * <p>The order of checks per entry is: sequence number, tenant, format version, key, HMAC; after a checkpointed
 * entry, the checkpoint's head; after the last entry, the lengths. Checkpoint seals are checked before any entry, so
 * an edited checkpoint store is reported as such and never used.
 *
 * <p>Entries are read in pages of {@value #PAGE} as plain values (no managed entities), so a log of millions of
 * entries verifies in constant memory. Thread safe; each call uses its own EntityManager (or the caller's).
 */
public final class AuditVerifier {
    /** Entries read per query. */
    static final int PAGE = 1000;
    static final String COUNTER = "operation_log";

    private final TenantKeyProvider keys;
    private final CheckpointStore checkpoints;

    /**
     * @param keys the tenants' log keys
     * @param checkpoints where checkpoints are published
     */
    public AuditVerifier(TenantKeyProvider keys, CheckpointStore checkpoints) {
        this.keys = keys;
        this.checkpoints = checkpoints;
    }

    /**
     * Verifies a tenant's whole log in a read-only transaction of its store.
     *
     * @param store the tenant's store
     * @return OK or the first problem
     */
    public VerificationResult verify(TenantStore store) {
        return store.read(this::verify);
    }

    /**
     * Verifies the log of the store {@code em} belongs to, in the caller's transaction (what the caller has written
     * but not committed is included).
     *
     * @param em an EntityManager of a tenant store, in a transaction
     * @return OK or the first problem
     */
    public VerificationResult verify(EntityManager em) {
        String tenant = TenantStore.tenantCodeOf(em);
        List<Checkpoint> published;
        try {
            published = checkpoints.readAll(tenant);
        } catch (InvalidCheckpointException e) {
            return new VerificationResult(tenant, 0, CanonicalEncoding.GENESIS_HEX, null,
                new Failure(0, 0, Reason.CHECKPOINT_INVALID, e.getMessage()));
        }
        // the counter first: entries committed after it was read can only make the log longer than it says
        long counter = counter(em);
        return verify(tenant, () -> entries(em, 0, Long.MAX_VALUE), published, counter);
    }

    /**
     * The verification itself, on entries already read.
     *
     * @param tenant the tenant code
     * @param entries the tenant's entries in ascending sequence order
     * @param published the tenant's checkpoints, oldest first
     * @param counter the store's count of appended entries (0 if unknown)
     * @return OK or the first problem
     */
    public VerificationResult verify(String tenant, Iterable<LoggedOperation> entries, List<Checkpoint> published,
            long counter) {
        Checkpoint last = published.isEmpty() ? null : published.get(published.size() - 1);
        TreeMap<Long, List<Checkpoint>> bySize = new TreeMap<>();
        long line = 0;
        for (Checkpoint c : published) {
            line++;
            Optional<TenantKey> key = c.tenant().equals(tenant) ? keys.find(tenant, c.keyId()) : Optional.empty();
            if (key.isEmpty() || !c.sealedWith(key.get())) {
                return new VerificationResult(tenant, 0, CanonicalEncoding.GENESIS_HEX, null,
                    new Failure(c.size(), 0, Reason.CHECKPOINT_INVALID, "checkpoint " + line + " (" + c.size()
                        + " entries, " + CanonicalEncoding.time(c.time()) + ") does not carry a valid seal of tenant "
                        + tenant + ": the checkpoint store was edited"));
            }
            bySize.computeIfAbsent(c.size(), s -> new ArrayList<>()).add(c);
        }
        Walk w = walk(tenant, 0, CanonicalEncoding.GENESIS, entries.iterator(), bySize);
        if (w.failure != null) {
            return new VerificationResult(tenant, w.goodSize, w.goodHead, last, w.failure);
        }
        long expected = Math.max(bySize.isEmpty() ? 0 : bySize.lastKey(), counter);
        if (w.size < expected) {
            String why = bySize.isEmpty() || bySize.lastKey() < expected
                ? "the store's counter records " + counter + " entries"
                : "the checkpoint of " + CanonicalEncoding.time(bySize.lastEntry().getValue().get(0).time())
                    + " recorded " + bySize.lastKey() + " entries";
            return new VerificationResult(tenant, w.size, w.head, last, new Failure(w.size + 1, w.size + 1,
                Reason.TRUNCATED, "the log ends after entry " + w.size + " but " + why + ": entries " + (w.size + 1)
                    + " to " + expected + " were removed"));
        }
        return new VerificationResult(tenant, w.size, w.head, last, null);
    }

    /**
     * Checks that the entries after a trusted point extend the chain from it; used before sealing a new checkpoint.
     *
     * @param tenant the tenant code
     * @param fromSize the size at the trusted point (0 for the beginning)
     * @param fromHead the chain value at the trusted point (hex)
     * @param entries the entries after the trusted point, ascending, ending at {@code toSize}
     * @param toSize the number of entries the log must have
     * @return OK (with the new size and head) or the first problem
     */
    VerificationResult extend(String tenant, long fromSize, String fromHead, Iterator<LoggedOperation> entries,
            long toSize) {
        byte[] start = CanonicalEncoding.parseHead(fromHead);
        Walk w = walk(tenant, fromSize, start, entries, new TreeMap<>());
        if (w.failure != null) {
            return new VerificationResult(tenant, w.goodSize, w.goodHead, null, w.failure);
        }
        if (w.size < toSize) {
            return new VerificationResult(tenant, w.size, w.head, null, new Failure(w.size + 1, w.size + 1,
                Reason.TRUNCATED, "the log ends after entry " + w.size + " but the store's counter records " + toSize
                    + " entries"));
        }
        return new VerificationResult(tenant, w.size, w.head, null, null);
    }

    /** State of one pass over the chain. */
    private static final class Walk {
        long size;
        String head;
        long goodSize;
        String goodHead;
        Failure failure;
    }

    private Walk walk(String tenant, long fromSize, byte[] fromHead, Iterator<LoggedOperation> entries,
            TreeMap<Long, List<Checkpoint>> bySize) {
        Walk w = new Walk();
        byte[] prev = fromHead;
        long expected = fromSize + 1;
        w.size = fromSize;
        w.head = CanonicalEncoding.hex(prev);
        // "known good" moves forward only at matching checkpoints while any checkpoint lies ahead
        long matchedSize = fromSize;
        String matchedHead = w.head;
        Failure headFailure = checkpointsAt(bySize, fromSize, w.head, matchedSize);
        if (headFailure != null) {
            return fail(w, headFailure, bySize, matchedSize, matchedHead);
        }
        // one keyed MAC per key id (null: the tenant has no such key)
        Map<String, Optional<Mac>> macs = new HashMap<>();
        while (entries.hasNext()) {
            LoggedOperation e = entries.next();
            long seq = e.seq();
            if (seq != expected) {
                String detail = seq > expected
                    ? "entry " + expected + " is missing (the next entry is " + seq + "): it was deleted"
                    : "entry " + seq + " appears again after entry " + (expected - 1);
                return fail(w, new Failure(expected, expected, Reason.SEQUENCE_GAP, detail), bySize, matchedSize,
                    matchedHead);
            }
            Failure f = null;
            if (!tenant.equals(e.tenant())) {
                f = new Failure(seq, seq, Reason.FOREIGN_TENANT, "entry " + seq + " names tenant "
                    + shown(e.tenant()) + ": it was copied in from another municipality's log");
            } else if (e.formatVersion() != CanonicalEncoding.FORMAT_VERSION) {
                f = new Failure(seq, seq, Reason.UNSUPPORTED_FORMAT, "entry " + seq + " has encoding version "
                    + e.formatVersion() + ", which this software does not know");
            }
            Mac mac = null;
            if (f == null) {
                mac = macs.computeIfAbsent(e.keyId(), id -> keys.find(tenant, id).map(TenantKey::newMac)).orElse(null);
                if (mac == null) {
                    f = new Failure(seq, seq, Reason.UNKNOWN_KEY, "entry " + seq + " names key " + shown(e.keyId())
                        + ", which tenant " + tenant + " does not have");
                }
            }
            if (f == null) {
                byte[] h = null;
                try {
                    h = CanonicalEncoding.link(mac, prev, CanonicalEncoding.encode(e));
                } catch (IllegalArgumentException bad) {
                    f = new Failure(seq, seq, Reason.HASH_MISMATCH, "entry " + seq + " holds text that is not"
                        + " well-formed Unicode: it was changed");
                }
                if (h != null && !CanonicalEncoding.sameHex(CanonicalEncoding.hex(h), e.hmac())) {
                    f = new Failure(seq, seq, Reason.HASH_MISMATCH, "entry " + seq + " does not match the chain: it"
                        + " or its stored HMAC was changed, or entries were inserted, removed or reordered here");
                }
                prev = h;
            }
            if (f != null) {
                return fail(w, f, bySize, matchedSize, matchedHead);
            }
            w.size = seq;
            w.head = e.hmac();
            expected++;
            headFailure = checkpointsAt(bySize, seq, w.head, matchedSize);
            if (headFailure != null) {
                return fail(w, headFailure, bySize, matchedSize, matchedHead);
            }
            if (bySize.containsKey(seq)) {
                matchedSize = seq;
                matchedHead = w.head;
            }
        }
        return w;
    }

    /**
     * A stored value quoted in a report. The value is whatever an attacker wrote into the column, so anything but a
     * plain code is not echoed (it could carry line breaks into a command's output or text into the platform log).
     */
    static String shown(String value) {
        return value != null && value.matches("[0-9A-Za-z_-]{1,32}") ? value : "(a value that is not a plain code)";
    }

    /** Compares the chain value after entry {@code size} with every checkpoint of that size. */
    private static Failure checkpointsAt(TreeMap<Long, List<Checkpoint>> bySize, long size, String head,
            long previousMatch) {
        for (Checkpoint c : bySize.getOrDefault(size, List.of())) {
            if (!CanonicalEncoding.sameHex(c.head(), head)) {
                return new Failure(size, previousMatch + 1, Reason.HEAD_MISMATCH, "the chain after entry " + size
                    + " differs from the checkpoint of " + CanonicalEncoding.time(c.time()) + ": the log was rewritten"
                    + " with recomputed hashes somewhere in entries " + (previousMatch + 1) + " to " + size
                    + (previousMatch > 0 ? " (the checkpoint at entry " + previousMatch + " still matches)" : ""));
            }
        }
        return null;
    }

    private static Walk fail(Walk w, Failure f, TreeMap<Long, List<Checkpoint>> bySize, long matchedSize,
            String matchedHead) {
        w.failure = f;
        if (f.reason() == Reason.HEAD_MISMATCH) {
            w.goodSize = matchedSize;
            w.goodHead = matchedHead;
        } else {
            // everything before the failing entry chains correctly; no checkpoint contradicts it yet
            w.goodSize = f.from() - 1;
            w.goodHead = w.head;
        }
        return w;
    }

    /**
     * @param em an EntityManager of the tenant store
     * @return the store's count of appended entries
     */
    static long counter(EntityManager em) {
        Object v = em.createNativeQuery("SELECT COUNTER_VALUE FROM NHI_COUNTER WHERE COUNTER_NAME = '" + COUNTER + "'")
            .getSingleResult();
        return ((Number) v).longValue();
    }

    /**
     * Streams entries with {@code after < seq <= upTo}, ascending, as plain values in pages.
     *
     * @param em an EntityManager of the tenant store
     * @param after exclusive lower bound
     * @param upTo inclusive upper bound
     * @return the entries
     */
    static Iterator<LoggedOperation> entries(EntityManager em, long after, long upTo) {
        return new Iterator<>() {
            private long last = after;
            private Iterator<LoggedOperation> page = List.<LoggedOperation>of().iterator();
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (!page.hasNext() && !exhausted) {
                    List<LoggedOperation> next = page(em, last, upTo);
                    exhausted = next.size() < PAGE;
                    page = next.iterator();
                }
                return page.hasNext();
            }

            @Override
            public LoggedOperation next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                LoggedOperation e = page.next();
                last = e.seq();
                return e;
            }
        };
    }

    /** The columns of a {@link LoggedOperation}, in the order {@link #row(Object[])} reads them. */
    static final String COLUMNS = "SEQ, TENANT_CODE, OCCURRED_AT, STAFF_ID, STAFF_ROLE, ACTION_NAME, PURPOSE,"
        + " SUBJECT_INDEX, ITEM_NAMES, OUTCOME, REQUEST_ID, KEY_ID, FORMAT_VERSION, ENTRY_HMAC";

    private static List<LoggedOperation> page(EntityManager em, long after, long upTo) {
        // native SQL: plain values, no entities, several times cheaper per row than the JPQL equivalent
        List<?> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM NHI_OPERATION_LOG WHERE SEQ > ? AND SEQ <= ?"
                + " ORDER BY SEQ").setParameter(1, after).setParameter(2, upTo).setMaxResults(PAGE).getResultList();
        List<LoggedOperation> out = new ArrayList<>(rows.size());
        for (Object r : rows) {
            out.add(row((Object[]) r));
        }
        return out;
    }

    /**
     * A row read with {@link #COLUMNS} as a value.
     *
     * @param r the columns
     * @return the entry
     */
    static LoggedOperation row(Object[] r) {
        return new LoggedOperation(((Number) r[0]).longValue(), (String) r[1], utc(r[2]), (String) r[3],
            (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9], (String) r[10],
            (String) r[11], ((Number) r[12]).intValue(), (String) r[13]);
    }

    /** A TIMESTAMP column holding UTC wall time. */
    private static Instant utc(Object v) {
        LocalDateTime t = v instanceof Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) v;
        return t.toInstant(ZoneOffset.UTC);
    }
}
