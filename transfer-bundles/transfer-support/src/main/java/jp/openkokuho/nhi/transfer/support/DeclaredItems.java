package jp.openkokuho.nhi.transfer.support;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import jp.openkokuho.nhi.api.transfer.EligibilityChange;

/**
 * The items a destination declares in its {@code @Destination(items = …)}, and the only way its record reads a
 * change's items: reading an item that is not declared is a programming error ({@link IllegalStateException}), so
 * a record cannot quietly use more than its legal basis allows. Missing or malformed required items are
 * {@link UnrepresentableChangeException}s.
 */
public final class DeclaredItems {
    private final List<String> names;

    /** @param names the {@code ChangeItems} names, in the order the destination declares them */
    public DeclaredItems(String... names) {
        this.names = List.of(names);
    }

    /** @return the declared item names, in declaration order */
    public List<String> names() {
        return names;
    }

    /**
     * @param change the change
     * @param item a declared item
     * @return its value, or {@code ""} if the change does not carry it
     */
    public String value(EligibilityChange change, String item) {
        String v = change.item(check(item));
        return v == null ? "" : v;
    }

    /**
     * @param change the change
     * @param item a declared item
     * @return its value
     * @throws UnrepresentableChangeException if the change does not carry it
     */
    public String required(EligibilityChange change, String item) {
        String v = change.item(check(item));
        if (v == null) {
            throw new UnrepresentableChangeException("item " + item + " is missing");
        }
        return v;
    }

    /**
     * @param change the change
     * @param item a declared date item
     * @return the date, or {@code null} if the change does not carry it
     * @throws UnrepresentableChangeException if it is not a {@code yyyy-MM-dd} date
     */
    public LocalDate date(EligibilityChange change, String item) {
        String v = change.item(check(item));
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new UnrepresentableChangeException("item " + item + " is not a yyyy-MM-dd date");
        }
    }

    /**
     * @param change the change
     * @param item a declared date item
     * @return the date
     * @throws UnrepresentableChangeException if it is missing or not a {@code yyyy-MM-dd} date
     */
    public LocalDate requiredDate(EligibilityChange change, String item) {
        LocalDate d = date(change, item);
        if (d == null) {
            throw new UnrepresentableChangeException("item " + item + " is missing");
        }
        return d;
    }

    private String check(String item) {
        if (!names.contains(item)) {
            throw new IllegalStateException("item " + item + " is not declared by this destination");
        }
        return item;
    }
}
