package jp.openkokuho.nhi.api.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * 個人番号 (individual number, "My Number"): its check digit, validation, the display mask, redaction from free
 * text, and an immutable value that cannot be printed by accident.
 *
 * <h2>Check digit</h2>
 * 平成26年総務省令第85号 (行政手続における特定の個人を識別するための番号の利用等に関する法律の規定による通知カード及び
 * 個人番号カード並びに情報提供ネットワークシステムによる特定個人情報の提供等に関する省令) 第5条: with {@code Pn} the
 * {@code n}-th digit <em>from the right</em> of the first 11 digits and {@code Qn = n + 1} for {@code 1 ≤ n ≤ 6},
 * {@code Qn = n − 5} for {@code 7 ≤ n ≤ 11}, let {@code r = Σ Pn·Qn mod 11}; the check digit is {@code 0} if
 * {@code r ≤ 1}, else {@code 11 − r}. Example: {@code 12345678901} → 8, so {@code 123456789018} is well formed.
 * The check digit is a typo filter, not a security control: {@code 000000000000} passes, and so does every
 * number whose sum moves between remainders 0 and 1.
 *
 * <h2>Masking policy</h2>
 * No part of an individual number is ever shown: not the last four digits, not the first. Every screen, report,
 * log line and exception message shows {@link #MASK} ({@value #MASK}) where a number is recorded and
 * {@link #ABSENT} ({@value #ABSENT}) where none is. {@link #redact(String)} applies the same mask to individual
 * numbers inside free text. Staff who need to compare a number with a document compare by look-up (the core's
 * keyed blind index), not by reading digits off a screen.
 *
 * <h2>The value type</h2>
 * {@link #of(String)} returns a validated number whose {@link #toString()} is {@link #MASK}; {@link #digits()} is
 * the only way to the clear digits. Services pass numbers around as this type, so a stray log statement or string
 * concatenation prints the mask. Equal digits make equal values.
 *
 * <p>Immutable and thread safe; all static methods are stateless.
 */
public final class MyNumber {
    /** Number of digits of an individual number. */
    public static final int LENGTH = 12;

    /** What every output shows instead of a recorded individual number. */
    public static final String MASK = "個人番号(12桁・非表示)";

    /** What every output shows where no individual number is recorded. */
    public static final String ABSENT = "個人番号(なし)";

    private static final String MISSING = "個人番号 is missing";
    private static final String CHECK_DIGIT = "個人番号 fails the check digit (平成26年総務省令第85号第5条)";

    private final String digits;

    private MyNumber(String digits) {
        this.digits = digits;
    }

    /**
     * @param number 12 ASCII digits with a matching check digit
     * @return the number as a value that prints as {@link #MASK}
     * @throws InvalidMyNumberException as {@link #requireValid(String)} does
     */
    public static MyNumber of(String number) {
        return new MyNumber(requireValid(number));
    }

    /**
     * The clear digits, for the few places that need them: encryption, the blind index, and a transfer that the
     * law allows. Never log, display or put them into a message.
     *
     * @return the 12 ASCII digits
     */
    public String digits() {
        return digits;
    }

    /** @return {@link #MASK}, never the digits */
    @Override
    public String toString() {
        return MASK;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MyNumber other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    /**
     * @param first11 the first 11 digits of an individual number, ASCII
     * @return the check digit (0–9) as 第5条 defines it
     * @throws IllegalArgumentException if the argument is not exactly 11 ASCII digits (the message does not
     *         contain the argument)
     */
    public static int checkDigit(String first11) {
        if (first11 == null || !isAsciiDigits(first11, LENGTH - 1)) {
            throw new IllegalArgumentException("the body of a 個人番号 must be 11 ASCII digits");
        }
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int p = first11.charAt(11 - n) - '0';
            int q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }
        int remainder = sum % 11;
        return remainder <= 1 ? 0 : 11 - remainder;
    }

    /**
     * @param number a candidate individual number
     * @return {@code true} if it is exactly 12 ASCII digits ({@code 0}–{@code 9}; full-width digits, spaces and
     *         hyphens do not count) and the last digit is the check digit of the first 11
     */
    public static boolean isValid(String number) {
        return number != null && isAsciiDigits(number, LENGTH)
            && checkDigit(number.substring(0, LENGTH - 1)) == number.charAt(LENGTH - 1) - '0';
    }

    /**
     * @param number a candidate individual number
     * @return the same string
     * @throws InvalidMyNumberException if {@link #isValid(String)} is false; the message names the rule (missing,
     *         not 12 ASCII digits with the length found, or the check digit) and never the value
     */
    public static String requireValid(String number) {
        if (number == null) {
            throw new InvalidMyNumberException(MISSING);
        }
        if (!isAsciiDigits(number, LENGTH)) {
            throw new InvalidMyNumberException("個人番号 must be 12 ASCII digits (got " + number.length()
                + " characters)");
        }
        if (!isValid(number)) {
            throw new InvalidMyNumberException(CHECK_DIGIT);
        }
        return number;
    }

    /**
     * Normalises an individual number as people and forms write it, then validates it. Accepted: leading and
     * trailing white space (also U+3000); full-width digits ({@code ０}–{@code ９}, also mixed with ASCII); either
     * 12 digits in a row or three groups of four separated by one and the same separator out of space, U+3000,
     * {@code -}, U+2010, U+2212 and U+FF0D ({@code 1234 5678 9018}, {@code １２３４－５６７８－９０１８}). Nothing
     * else is repaired: a lost leading zero stays an error.
     *
     * @param input the number as entered or imported
     * @return 12 ASCII digits with a valid check digit
     * @throws InvalidMyNumberException if the input is missing, has another shape, or fails the check digit; the
     *         message never contains the input
     */
    public static String normalize(String input) {
        if (input == null) {
            throw new InvalidMyNumberException(MISSING);
        }
        String s = input.strip();
        String compact;
        if (s.length() == LENGTH) {
            compact = s;
        } else if (s.length() == LENGTH + 2 && isSeparator(s.charAt(4)) && s.charAt(9) == s.charAt(4)) {
            compact = s.substring(0, 4) + s.substring(5, 9) + s.substring(10);
        } else {
            compact = null;
        }
        StringBuilder digits = new StringBuilder(LENGTH);
        for (int i = 0; compact != null && i < compact.length(); i++) {
            char c = compact.charAt(i);
            if (!isDigit(c)) {
                compact = null;
            } else {
                digits.append(toAscii(c));
            }
        }
        if (compact == null) {
            throw new InvalidMyNumberException("個人番号 must be 12 digits, in a row or as three groups of four "
                + "with one separator (got " + s.length() + " characters)");
        }
        return requireValid(digits.toString());
    }

    /**
     * The display form of a stored individual number, as the masking policy above defines it.
     *
     * @param number a recorded individual number (valid or not), or {@code null}
     * @return {@link #ABSENT} if the argument is {@code null} or blank, else {@link #MASK}; never any digit of it
     */
    public static String mask(String number) {
        return number == null || number.isBlank() ? ABSENT : MASK;
    }

    /**
     * Replaces every individual number in free text with {@link #MASK}, for log lines, exception messages and
     * reports whose text may come from input. What counts as a number (digits are ASCII and full-width):
     * <ul>
     * <li>a standalone run of exactly 12 digits, whether or not its check digit matches (a number with a typo is
     * still personal data). "Standalone" means no digit directly before or after it; letters, punctuation and
     * spaces around it do not matter ({@code ID:123456789018,} is redacted). A run of 11 or of 13 or more digits
     * is left whole, never partly redacted ({@code 1234567890181} stays).</li>
     * <li>three groups of exactly four digits joined by one and the same separator (space, U+3000, {@code -},
     * U+2010, U+2212, U+FF0D), the way the number is printed on the card, unless a further group of four digits
     * joined by that separator comes directly before or after (a 16-digit card number in groups of four is
     * not an individual number and stays whole).</li>
     * </ul>
     * Redaction errs on the side of hiding: any other 12-digit value (a {@code yyyyMMddHHmm} time stamp, for
     * example) is also masked.
     *
     * @param text free text, or {@code null}
     * @return the text with every individual number replaced, or {@code null} for {@code null}
     */
    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        List<int[]> ranges = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isDigit(text.charAt(i))) {
                i++;
                continue;
            }
            // a chain: maximal digit runs joined by single separators, all the same separator
            List<int[]> runs = new ArrayList<>();
            int end = runEnd(text, i);
            runs.add(new int[] {i, end});
            char separator = 0;
            while (end + 1 < n && isSeparator(text.charAt(end)) && isDigit(text.charAt(end + 1))
                    && (separator == 0 || separator == text.charAt(end))) {
                separator = text.charAt(end);
                int next = runEnd(text, end + 1);
                runs.add(new int[] {end + 1, next});
                end = next;
            }
            collectRedactions(runs, ranges);
            i = end;
        }
        if (ranges.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + ranges.size() * MASK.length());
        int copied = 0;
        for (int[] r : ranges) {
            out.append(text, copied, r[0]).append(MASK);
            copied = r[1];
        }
        return out.append(text, copied, n).toString();
    }

    private static void collectRedactions(List<int[]> runs, List<int[]> ranges) {
        int k = 0;
        while (k < runs.size()) {
            int length = runs.get(k)[1] - runs.get(k)[0];
            if (length == LENGTH) {
                ranges.add(runs.get(k));
                k++;
            } else if (length == 4) {
                int block = k;
                while (block < runs.size() && runs.get(block)[1] - runs.get(block)[0] == 4) {
                    block++;
                }
                if (block - k == 3) {
                    ranges.add(new int[] {runs.get(k)[0], runs.get(k + 2)[1]});
                }
                k = block;
            } else {
                k++;
            }
        }
    }

    private static int runEnd(String text, int from) {
        int j = from;
        while (j < text.length() && isDigit(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean isAsciiDigits(String s, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '\uFF10' && c <= '\uFF19');
    }

    private static char toAscii(char digit) {
        return digit >= '\uFF10' ? (char) ('0' + (digit - '\uFF10')) : digit;
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '\u3000' || c == '-' || c == '\u2010' || c == '\u2212' || c == '\uFF0D';
    }
}
