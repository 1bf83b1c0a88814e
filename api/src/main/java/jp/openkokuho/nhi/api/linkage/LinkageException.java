package jp.openkokuho.nhi.api.linkage;

import jp.openkokuho.nhi.api.NhiException;

/**
 * A linkage operation refused: a broken rule (code {@code R5}…{@code R20}), a malformed file (the message names the
 * file, line, item and rule; nothing of the file was stored), an unknown case, or an item the law does not permit.
 */
public class LinkageException extends NhiException {
    private static final long serialVersionUID = 1L;

    /**
     * @param code rule id or condition ({@code R8}, {@code FILE}, {@code NOT_PERMITTED}, {@code UNKNOWN_CASE} …)
     * @param message one line without personal data in clear
     */
    public LinkageException(String code, String message) {
        super(code, message);
    }
}
