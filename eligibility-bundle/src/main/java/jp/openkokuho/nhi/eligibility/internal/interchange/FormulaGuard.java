package jp.openkokuho.nhi.eligibility.internal.interchange;

/**
 * CSV injection guard (OWASP "CSV Injection"): a spreadsheet opening an exported file must not see a formula.
 *
 * <p>On export a cell whose value starts with {@code =}, {@code +}, {@code -}, {@code @}, TAB or CR — after any number
 * of apostrophes — gets one apostrophe ({@code '}) in front; on import exactly one leading apostrophe is removed from
 * a cell of that shape. Counting the apostrophes that already lead a value makes the two a bijection, so that
 * export → import returns every value unchanged, including values that themselves start with {@code '=}.
 *
 * <p>Stateless and thread safe.
 */
public final class FormulaGuard {
    private FormulaGuard() {
    }

    /** @return the cell to write for a value */
    public static String protect(String value) {
        return startsWithTrigger(value, 0) ? "'" + value : value;
    }

    /** @return the value of a cell read from a file */
    static String unprotect(String cell) {
        return !cell.isEmpty() && cell.charAt(0) == '\'' && startsWithTrigger(cell, 1) ? cell.substring(1) : cell;
    }

    /** {@code true} if, from {@code from}, the text is apostrophes followed by a trigger character. */
    private static boolean startsWithTrigger(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
