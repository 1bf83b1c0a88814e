package jp.openkokuho.nhi.eligibility.internal.interchange;

import java.util.Map;
import java.util.TreeMap;

/**
 * A municipality's mapping of 外字 (private-use characters, U+E000–U+F8FF and planes 15–16) to standard text, applied
 * on import to free-text items ({@link ItemType#TEXT}). A private-use character the mapping does not cover is rejected
 * ({@link CheckId#PRIVATE_USE_CHARACTER}); it is never stored. Windows-31J decodes its user-defined area (0xF040–0xF9FC)
 * to U+E000–U+E757, so that is where a municipality's 外字 usually appear.
 *
 * <p>Immutable and thread safe.
 */
public final class GaijiMapping {
    private static final GaijiMapping NONE = new GaijiMapping(Map.of());

    private final Map<Integer, String> replacements;

    private GaijiMapping(Map<Integer, String> replacements) {
        this.replacements = replacements;
    }

    /** @return the mapping that maps nothing: every private-use character is rejected */
    public static GaijiMapping none() {
        return NONE;
    }

    /**
     * @param replacements code point of a private-use character → its replacement text
     * @return the mapping
     * @throws IllegalArgumentException if a key is not a private-use code point, or a replacement is empty or itself
     *         contains a private-use or control character
     * @throws NullPointerException if the map, a key or a value is {@code null}
     */
    public static GaijiMapping of(Map<Integer, String> replacements) {
        Map<Integer, String> copy = new TreeMap<>();
        replacements.forEach((codePoint, replacement) -> {
            if (Character.getType(codePoint) != Character.PRIVATE_USE) {
                throw new IllegalArgumentException("not a private-use code point: U+" + hex(codePoint));
            }
            if (replacement.isEmpty() || replacement.codePoints().anyMatch(
                cp -> Character.getType(cp) == Character.PRIVATE_USE || Character.getType(cp) == Character.CONTROL)) {
                throw new IllegalArgumentException("the replacement of U+" + hex(codePoint)
                    + " must be non-empty standard text");
            }
            copy.put(codePoint, replacement);
        });
        return new GaijiMapping(Map.copyOf(copy));
    }

    /**
     * @param text a cell value
     * @return the text with every mapped private-use character replaced, or {@code null} if the text contains a
     *         private-use character the mapping does not cover
     */
    String apply(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length();) {
            int cp = text.codePointAt(i);
            if (Character.getType(cp) == Character.PRIVATE_USE) {
                String replacement = replacements.get(cp);
                if (replacement == null) {
                    return null;
                }
                out.append(replacement);
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** @return the number of mapped characters */
    public int size() {
        return replacements.size();
    }

    static String hex(int codePoint) {
        return String.format("%04X", codePoint);
    }
}
