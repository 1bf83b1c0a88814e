package jp.openkokuho.nhi.eligibility.internal.interchange;

import java.util.Objects;

/**
 * One item (column) of an interchange file, as 別添1 names it.
 *
 * @param name the item name in Japanese, exactly as it appears in the header row (for example {@code 宛名番号})
 * @param identifier the English identifier of the glossary (domain rules §a3), camelCase, equal to the record component
 *        that holds the item (for example {@code atenaNo})
 * @param type how cells are written and read
 * @param maxLength the longest cell accepted, in Unicode code points (after the 外字 mapping, before type checks)
 * @param required {@code true} if an empty cell is an error ({@link CheckId#REQUIRED_MISSING})
 * @param personal {@code true} if the item identifies or describes a person (宛名番号, 世帯番号, 被保険者証記号・番号 …).
 *        No message ever contains a cell value; for personal items not even a single character of it (such as the code
 *        point that cannot be encoded) is named.
 */
public record InterchangeItem(String name, String identifier, ItemType type, int maxLength, boolean required,
        boolean personal) {

    /**
     * Checks the arguments.
     *
     * @throws NullPointerException if a name, identifier or type is {@code null}
     * @throws IllegalArgumentException if {@code maxLength} is not positive
     */
    public InterchangeItem {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(type, "type");
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
        }
    }
}
