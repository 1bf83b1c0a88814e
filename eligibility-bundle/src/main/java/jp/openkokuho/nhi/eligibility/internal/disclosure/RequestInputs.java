package jp.openkokuho.nhi.eligibility.internal.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import jp.openkokuho.nhi.api.NhiException;
import jp.openkokuho.nhi.api.privacy.MyNumber;

/** Input checks of the request and inquiry services; messages name the item and never echo personal data. */
final class RequestInputs {
    /** Dates staff see (受付日, 問合せの日) are dates in Japan. */
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private RequestInputs() {
    }

    /** @throws NhiException {@code INPUT} naming the item if {@code value} is {@code null} */
    static <T> T required(T value, String item) {
        if (value == null) {
            throw new NhiException("INPUT", item + " is missing");
        }
        return value;
    }

    /**
     * @param value free text staff typed
     * @param item the item's name, for the message
     * @param min least length after stripping
     * @param max greatest length
     * @return the stripped text with every individual number in it replaced by the mask (a number typed into a note
     *         by mistake is never stored)
     * @throws NhiException {@code INPUT} if too short or long, or holding control characters other than line breaks
     *         and tabs
     */
    static String text(String value, String item, int min, int max) {
        String v = value == null ? "" : value.strip();
        if (v.length() < min || v.length() > max) {
            throw new NhiException("INPUT", item + " must be " + min + " to " + max + " characters (is "
                + v.length() + ")");
        }
        if (v.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new NhiException("INPUT", item + " holds a control character");
        }
        return MyNumber.redact(v);
    }

    /** @return today in Japan */
    static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), JAPAN);
    }
}
