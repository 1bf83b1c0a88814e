package jp.openkokuho.nhi.eligibility.internal.privacy;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.persistence.EntityManager;

import jp.openkokuho.nhi.api.NhiException;

/** Input checks and small store helpers shared by the privacy services; messages never echo a value. */
public final class PrivacyInputs {
    private static final String DIGITS_15 = "[0-9]{1,15}";
    private static final int MAX_REFERENCE = 64;

    private PrivacyInputs() {
    }

    /**
     * @param value a 宛名番号
     * @return the same value
     * @throws NhiException {@code INPUT} unless it is 1 to 15 ASCII digits (leading zeros kept)
     */
    public static String atenaNo(String value) {
        if (value == null || !value.matches(DIGITS_15)) {
            throw new NhiException("INPUT", "宛名番号 must be 1 to 15 ASCII digits" + (value == null ? " (missing)" : ""));
        }
        return value;
    }

    /**
     * @param value a request reference
     * @param item the item's name, for the message
     * @return the stripped value
     * @throws NhiException {@code INPUT} if blank, longer than 64 characters or holding control characters
     */
    public static String reference(String value, String item) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > MAX_REFERENCE || v.chars().anyMatch(Character::isISOControl)) {
            throw new NhiException("INPUT", item + " must be 1 to " + MAX_REFERENCE
                + " characters without control characters");
        }
        return v;
    }

    /**
     * Increments a counter of NHI_COUNTER under its row lock, which serialises the callers of one tenant until the
     * transaction ends (also across nodes sharing a PostgreSQL store).
     *
     * @param em the transaction's EntityManager
     * @param name the counter
     * @return the new value
     */
    public static long nextCounter(EntityManager em, String name) {
        em.createNativeQuery("UPDATE NHI_COUNTER SET COUNTER_VALUE = COUNTER_VALUE + 1 WHERE COUNTER_NAME = ?1")
            .setParameter(1, name).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT COUNTER_VALUE FROM NHI_COUNTER WHERE COUNTER_NAME = ?1")
            .setParameter(1, name).getSingleResult()).longValue();
    }

    /** @return the instant as a UTC LocalDateTime, the form the stores keep */
    public static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** @return a stored UTC time as an instant; {@code null} for {@code null} */
    public static Instant instant(Object stored) {
        if (stored == null) {
            return null;
        }
        LocalDateTime t = stored instanceof java.sql.Timestamp ts ? ts.toLocalDateTime() : (LocalDateTime) stored;
        return t.toInstant(ZoneOffset.UTC);
    }
}
