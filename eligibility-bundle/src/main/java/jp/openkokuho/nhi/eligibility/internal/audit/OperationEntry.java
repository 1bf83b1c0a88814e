package jp.openkokuho.nhi.eligibility.internal.audit;

import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a service tells the operation log about one operation: who did what, why, to whom (as a blind index), which
 * items it touched and how it ended. The tenant, the sequence number and the time are not part of it: the log takes
 * the tenant from the store the entry is written to and the time from its own clock.
 *
 * <p>The entry is checked when it is built, so that no personal data value can reach the chained bytes by mistake:
 * <ul>
 *   <li>{@code subjectIndex} is empty (no single subject) or a keyed blind index: 16 to 128 characters of
 *       {@code [A-Za-z0-9_:.=+/-]} and not digits only — a raw 宛名番号 (1–15 digits) or My Number (12 digits) is
 *       refused;</li>
 *   <li>{@code itemNames} are item names such as {@code atena_no}: each starts with a letter and has at most 64
 *       characters of {@code [A-Za-z0-9_.-]}, so a value (a number, a date, a name in Japanese) cannot pass as a name.
 *       They are stored sorted and without duplicates;</li>
 *   <li>{@code staffId}, {@code role}, {@code action} and {@code requestId} are identifiers (ASCII letters, digits,
 *       {@code _ . : @ -});</li>
 *   <li>{@code purpose} (目的 / 法令上の根拠) is free text of 1 to 200 characters without control characters; it names a
 *       purpose or legal basis, never a person.</li>
 * </ul>
 * All text must be well-formed Unicode (no lone surrogates), so its UTF-8 encoding is exact.
 *
 * @param staffId the authenticated staff member (login name), 1–64 characters
 * @param role the role the staff member acted in (e.g. {@code clerk}, {@code supervisor}, {@code auditor}), 1–32
 * @param action the operation (e.g. {@code eligibility.acquire}, {@code eligibility.read}), 1–64 characters
 * @param purpose purpose of use or legal basis, 1–200 characters
 * @param subjectIndex blind index of the person concerned, or empty
 * @param itemNames names of the items read or written, never their values; may be empty
 * @param outcome how the operation ended
 * @param requestId the request or correlation id that ties the entry to the caller's own logs, 1–64 characters
 */
public record OperationEntry(String staffId, String role, String action, String purpose, String subjectIndex,
        List<String> itemNames, OperationOutcome outcome, String requestId) {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9_.:@-]+");
    private static final Pattern ITEM_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
    private static final Pattern BLIND_INDEX = Pattern.compile("[A-Za-z0-9_:.=+/-]{16,128}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    /** Longest comma list the ITEM_NAMES column holds. */
    static final int MAX_ITEM_LIST = 1000;

    /**
     * Validates every component.
     *
     * @throws IllegalArgumentException naming the component that is not acceptable (never echoing its value)
     * @throws NullPointerException if a component is {@code null}
     */
    public OperationEntry {
        identifier("staffId", staffId, 64);
        identifier("role", role, 32);
        identifier("action", action, 64);
        identifier("requestId", requestId, 64);
        Objects.requireNonNull(purpose, "purpose");
        if (purpose.isBlank() || purpose.length() > 200 || hasControl(purpose) || !wellFormed(purpose)) {
            throw new IllegalArgumentException(
                "purpose must be 1 to 200 characters of text without control characters");
        }
        Objects.requireNonNull(subjectIndex, "subjectIndex");
        if (!subjectIndex.isEmpty()
                && (!BLIND_INDEX.matcher(subjectIndex).matches() || DIGITS.matcher(subjectIndex).matches())) {
            throw new IllegalArgumentException("subjectIndex must be empty or a blind index (16 to 128 characters,"
                + " not digits only); raw numbers are never logged");
        }
        Objects.requireNonNull(itemNames, "itemNames");
        TreeSet<String> sorted = new TreeSet<>();
        for (String name : itemNames) {
            if (name == null || !ITEM_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("an item name must start with a letter and have at most 64"
                    + " characters of [A-Za-z0-9_.-]; values are never logged");
            }
            sorted.add(name);
        }
        itemNames = List.copyOf(sorted);
        if (String.join(",", itemNames).length() > MAX_ITEM_LIST) {
            throw new IllegalArgumentException("the item names exceed " + MAX_ITEM_LIST + " characters");
        }
        Objects.requireNonNull(outcome, "outcome");
    }

    /**
     * Convenience for a list of items given as arguments.
     *
     * @param staffId see the record
     * @param role see the record
     * @param action see the record
     * @param purpose see the record
     * @param subjectIndex see the record
     * @param itemNames see the record
     * @param outcome see the record
     * @param requestId see the record
     * @return the validated entry
     */
    public static OperationEntry of(String staffId, String role, String action, String purpose, String subjectIndex,
            Collection<String> itemNames, OperationOutcome outcome, String requestId) {
        return new OperationEntry(staffId, role, action, purpose, subjectIndex, List.copyOf(itemNames), outcome,
            requestId);
    }

    /** @return the item names as stored: sorted, comma separated, empty if none */
    public String itemList() {
        return String.join(",", itemNames);
    }

    private static void identifier(String what, String value, int max) {
        Objects.requireNonNull(value, what);
        if (value.isEmpty() || value.length() > max || !IDENTIFIER.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be 1 to " + max
                + " characters of ASCII letters, digits and _ . : @ -");
        }
    }

    private static boolean hasControl(String s) {
        return s.chars().anyMatch(Character::isISOControl);
    }

    static boolean wellFormed(String s) {
        try {
            StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(s));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
