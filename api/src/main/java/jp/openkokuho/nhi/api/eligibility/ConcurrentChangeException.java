package jp.openkokuho.nhi.api.eligibility;

import jp.openkokuho.nhi.api.NhiException;

/**
 * Another change to the same person was committed first; this one was rolled back and nothing of it was stored.
 * The caller may read the new state and decide again.
 */
public class ConcurrentChangeException extends NhiException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message one line naming the subject (without personal data in clear)
     * @param cause the database failure that revealed the conflict
     */
    public ConcurrentChangeException(String message, Throwable cause) {
        super("CONFLICT", message, cause);
    }
}
