package jp.openkokuho.nhi.eligibility.internal.interchange;

/**
 * A row cannot be exported: one of its values would not import again (it breaks a check of the reader), or it has a
 * character the chosen charset cannot encode. The message names the row, the item and the check, never the value.
 */
public final class InterchangeExportException extends Exception {
    /** Serial form version. */
    private static final long serialVersionUID = 1L;

    /** The 1-based data row at fault. */
    private final long rowNumber;
    /** The Japanese item name at fault. */
    private final String item;
    /** The failed check. */
    private final CheckId check;

    /**
     * @param rowNumber the 1-based number of the data row at fault (the header is not counted)
     * @param item the Japanese item name at fault
     * @param check the failed check
     * @param message what is wrong, without the value
     */
    public InterchangeExportException(long rowNumber, String item, CheckId check, String message) {
        super("row " + rowNumber + ": " + item + ": " + check + ": " + message);
        this.rowNumber = rowNumber;
        this.item = item;
        this.check = check;
    }

    /** @return the 1-based number of the data row at fault */
    public long rowNumber() {
        return rowNumber;
    }

    /** @return the Japanese item name at fault */
    public String item() {
        return item;
    }

    /** @return the failed check */
    public CheckId check() {
        return check;
    }
}
