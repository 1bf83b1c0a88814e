package jp.openkokuho.nhi.eligibility.internal.interchange;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.LossReason;
import jp.openkokuho.nhi.api.tenant.InsurerNumber;

/**
 * Turns one cell into the value of its item and back. The reader decodes every cell with it and the writer re-checks
 * every cell it is about to write, so that what is exported always imports.
 *
 * <p>Decoding applies, in this order, and reports only the first failure of a cell: the formula-guard apostrophe is
 * removed ({@link FormulaGuard}); NUL; other control characters (TAB, CR and LF are allowed in free text); private-use
 * characters (mapped by the {@link GaijiMapping} for free text, rejected otherwise); the maximum length in code points;
 * emptiness of a required item; the type's own syntax. No message contains the cell's value.
 *
 * <p>Immutable and thread safe.
 */
final class CellCodec {
    /** Returned by {@link #decode} for a cell that failed a check (the problem has been reported). */
    static final Object INVALID = new Object();

    private static final Map<String, AcquisitionReason> ACQUISITION_CODES = new HashMap<>();
    private static final Map<String, LossReason> LOSS_CODES = new HashMap<>();

    static {
        for (AcquisitionReason reason : AcquisitionReason.values()) {
            ACQUISITION_CODES.put(reason.name(), reason);
            ACQUISITION_CODES.put(reason.label(), reason);
        }
        for (LossReason reason : LossReason.values()) {
            LOSS_CODES.put(reason.name(), reason);
            LOSS_CODES.put(reason.label(), reason);
        }
    }

    /** Receives the problem of a cell. */
    @FunctionalInterface
    interface Problems {
        void report(InterchangeItem item, CheckId check, String message);
    }

    private final GaijiMapping gaiji;

    CellCodec(GaijiMapping gaiji) {
        this.gaiji = gaiji;
    }

    /**
     * @param item the item of the cell
     * @param cell the cell text as the CSV parser returned it
     * @param problems receives at most one problem
     * @return the value ({@code null} for an empty cell) or {@link #INVALID}
     */
    Object decode(InterchangeItem item, String cell, Problems problems) {
        String name = item.name();
        String text = FormulaGuard.unprotect(cell);
        boolean freeText = item.type() == ItemType.TEXT;
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            if (cp == 0) {
                return fail(problems, item, CheckId.NUL_CHARACTER, name + " contains a NUL character (U+0000)");
            }
            boolean allowedInText = freeText && (cp == '\t' || cp == '\r' || cp == '\n');
            if ((Character.getType(cp) == Character.CONTROL && !allowedInText) || cp == 0xFEFF) {
                return fail(problems, item, CheckId.CONTROL_CHARACTER,
                    name + " contains a control character" + codePoint(item, cp));
            }
            i += Character.charCount(cp);
        }
        int privateUse = firstPrivateUse(text);
        if (privateUse >= 0) {
            String mapped = freeText ? gaiji.apply(text) : null;
            if (mapped == null) {
                return fail(problems, item, CheckId.PRIVATE_USE_CHARACTER, name
                    + " contains a private-use character (外字)" + codePoint(item, privateUse)
                    + (freeText ? " that the 外字 mapping does not map" : ""));
            }
            text = mapped;
        }
        if (text.codePointCount(0, text.length()) > item.maxLength()) {
            return fail(problems, item, CheckId.FIELD_TOO_LONG,
                name + " is longer than " + item.maxLength() + " characters");
        }
        if (text.isEmpty()) {
            if (item.required()) {
                return fail(problems, item, CheckId.REQUIRED_MISSING, name + " is required but empty");
            }
            return null;
        }
        return switch (item.type()) {
            case IDENTIFIER -> digits(item, text, problems) ? text : INVALID;
            case SEQUENCE -> digits(item, text, problems) ? Integer.valueOf(Integer.parseInt(text)) : INVALID;
            case INSURER_NUMBER -> insurerNumber(item, text, problems);
            case DATE -> date(item, text, problems);
            case FLAG -> flag(item, text, problems);
            case ACQUISITION_REASON -> reason(item, text, ACQUISITION_CODES, "資格取得事由 (AcquisitionReason)", problems);
            case LOSS_REASON -> reason(item, text, LOSS_CODES, "資格喪失事由 (LossReason)", problems);
            case CODE -> code(item, text, problems);
            case TEXT -> text;
        };
    }

    /**
     * @param item the item
     * @param value a value of the item's Java type, or {@code null}
     * @return the cell text before the formula guard ({@code ""} for {@code null})
     * @throws ClassCastException if the value is not of the item's Java type
     */
    static String encode(InterchangeItem item, Object value) {
        if (value == null) {
            return "";
        }
        return switch (item.type()) {
            case IDENTIFIER, INSURER_NUMBER, CODE, TEXT -> (String) value;
            case SEQUENCE -> Integer.toString((Integer) value);
            case DATE -> DateParser.format((LocalDate) value);
            case FLAG -> (Boolean) value ? "1" : "0";
            case ACQUISITION_REASON -> ((AcquisitionReason) value).label();
            case LOSS_REASON -> ((LossReason) value).label();
        };
    }

    private static Object fail(Problems problems, InterchangeItem item, CheckId check, String message) {
        problems.report(item, check, message);
        return INVALID;
    }

    /** Names a code point unless the item is personal (not even one character of a personal value is shown). */
    private static String codePoint(InterchangeItem item, int cp) {
        return item.personal() ? "" : " U+" + GaijiMapping.hex(cp);
    }

    private static int firstPrivateUse(String text) {
        return text.codePoints().filter(cp -> Character.getType(cp) == Character.PRIVATE_USE).findFirst().orElse(-1);
    }

    private static boolean digits(InterchangeItem item, String text, Problems problems) {
        boolean fullWidth = false;
        boolean other = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                fullWidth = true;
            } else if (c < '0' || c > '9') {
                other = true;
            }
        }
        if (fullWidth) {
            fail(problems, item, CheckId.FULLWIDTH_DIGITS,
                item.name() + " contains full-width digits; only ASCII digits 0-9 are accepted");
            return false;
        }
        if (other) {
            fail(problems, item, CheckId.DIGITS_REQUIRED,
                item.name() + " is not 1–" + item.maxLength() + " ASCII digits");
            return false;
        }
        return true;
    }

    private static Object insurerNumber(InterchangeItem item, String text, Problems problems) {
        if (!digits(item, text, problems)) {
            return INVALID;
        }
        if (!InsurerNumber.isValidNhi(text)) {
            return fail(problems, item, CheckId.INSURER_NUMBER,
                item.name() + " is not a valid NHI insurer number: 6 digits, prefecture 01-47, check digit (R17)");
        }
        return text;
    }

    private static Object date(InterchangeItem item, String text, Problems problems) {
        try {
            return DateParser.parse(text);
        } catch (DateParser.InvalidDateException e) {
            return fail(problems, item, e.problem().check(), item.name() + " " + e.getMessage());
        }
    }

    private static Object flag(InterchangeItem item, String text, Problems problems) {
        if (text.equals("1")) {
            return Boolean.TRUE;
        }
        if (text.equals("0")) {
            return Boolean.FALSE;
        }
        return fail(problems, item, CheckId.FLAG_CODE, item.name() + " is not 0 or 1");
    }

    private static Object reason(InterchangeItem item, String text, Map<String, ? extends Enum<?>> codes,
            String enumName, Problems problems) {
        Enum<?> reason = codes.get(text);
        if (reason == null) {
            return fail(problems, item, CheckId.REASON_CODE,
                item.name() + " is neither a constant name nor a Japanese label of " + enumName);
        }
        return reason;
    }

    private static Object code(InterchangeItem item, String text, Problems problems) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean alnum = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            if (!alnum) {
                return fail(problems, item, CheckId.CODE_FORMAT,
                    item.name() + " is not 1–" + item.maxLength() + " ASCII letters and digits");
            }
        }
        return text;
    }
}
