package jp.openkokuho.nhi.transfer.support;

/**
 * A change a destination's record cannot represent (an item it needs is missing or malformed, an unknown change
 * type). {@link CsvDelivery} turns it into {@code CANCEL}: retrying could never succeed. The message names the item
 * or the problem, never an item's value.
 */
public class UnrepresentableChangeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what cannot be represented, without personal data */
    public UnrepresentableChangeException(String message) {
        super(message);
    }
}
