package jp.openkokuho.nhi.api.privacy;

import jp.openkokuho.nhi.api.NhiException;

/**
 * A value offered as an individual number (個人番号) is not one: it is missing, it is not 12 ASCII digits, or its
 * check digit does not match. The message names the rule that failed and never contains the value or any part of
 * it, so the exception can be logged and shown as it is.
 */
public class InvalidMyNumberException extends NhiException {
    private static final long serialVersionUID = 1L;

    /** Stable code of this exception, see {@link #code()}. */
    public static final String CODE = "MY_NUMBER_INVALID";

    /** @param message the rule that failed, in one line, without the value */
    public InvalidMyNumberException(String message) {
        super(CODE, message);
    }
}
