package jp.openkokuho.nhi.api.privacy;

/**
 * Display masks for personal data other than the individual number (for that, see {@link MyNumber#mask(String)}
 * and {@link MyNumber#redact(String)}). A mask keeps just enough for staff to tell records in a list apart; the full
 * value is shown only on a screen whose role and purpose allow it, and never in logs or exception messages.
 *
 * <p>Policies:
 * <ul>
 * <li><b>氏名 (name)</b>, {@link #name(String)}: the first character, then one {@link #MASK_CHARACTER} for each
 * further character, white space inside the name included (so the split between family and given name is not
 * shown). {@code 山田 太郎} → {@code 山＊＊＊＊}; {@code ヤマダ　タロウ} → {@code ヤ＊＊＊＊＊＊}. A name of a single
 * character becomes {@code ＊}, because showing its first character would show all of it. A "character" is a code
 * point together with the combining marks and variation selectors that follow it, so 外字 outside the BMP
 * ({@code 𠮷}) and ideographic variation sequences count as one character and are never cut in half.</li>
 * <li><b>宛名番号 (atena number)</b>, {@link #atenaNumber(String)}: every character except the last four
 * becomes {@link #MASK_CHARACTER}; a value of four characters or fewer is masked entirely, because its last four
 * characters would be all of it. {@code 000123456} → {@code ＊＊＊＊＊3456}.</li>
 * </ul>
 * Leading and trailing white space (also U+3000) is dropped before masking; {@code null} stays {@code null}.
 *
 * <p>Stateless and thread safe.
 */
public final class Masking {
    /** The character that replaces hidden characters: U+FF0A FULLWIDTH ASTERISK. */
    public static final String MASK_CHARACTER = "＊";

    private static final int ATENA_VISIBLE = 4;

    private Masking() {
    }

    /**
     * @param name 氏名 in kanji or kana, or {@code null}
     * @return the first character followed by one {@link #MASK_CHARACTER} per further character; {@code ＊} for a
     *         one-character name; empty for a blank name; {@code null} for {@code null}
     */
    public static String name(String name) {
        if (name == null) {
            return null;
        }
        String s = name.strip();
        if (s.isEmpty()) {
            return "";
        }
        int firstEnd = characterEnd(s, 0);
        int count = 1;
        for (int i = firstEnd; i < s.length(); i = characterEnd(s, i)) {
            count++;
        }
        if (count == 1) {
            return MASK_CHARACTER;
        }
        return s.substring(0, firstEnd) + MASK_CHARACTER.repeat(count - 1);
    }

    /**
     * @param atenaNumber 宛名番号, or {@code null}
     * @return {@link #MASK_CHARACTER} for every character but the last four; all masked if it has four characters
     *         or fewer; empty for a blank value; {@code null} for {@code null}
     */
    public static String atenaNumber(String atenaNumber) {
        if (atenaNumber == null) {
            return null;
        }
        String s = atenaNumber.strip();
        int count = s.codePointCount(0, s.length());
        if (count <= ATENA_VISIBLE) {
            return MASK_CHARACTER.repeat(count);
        }
        int visibleFrom = s.offsetByCodePoints(0, count - ATENA_VISIBLE);
        return MASK_CHARACTER.repeat(count - ATENA_VISIBLE) + s.substring(visibleFrom);
    }

    /** @return the index just after the character (code point plus its marks) that starts at {@code from} */
    private static int characterEnd(String s, int from) {
        int i = from + Character.charCount(s.codePointAt(from));
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
            boolean selector = (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
            if (!mark && !selector) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }
}
