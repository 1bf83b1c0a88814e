package jp.openkokuho.nhi.api.document;

import jp.openkokuho.nhi.api.NhiException;

/**
 * The Japanese font needed to print documents is missing or unreadable; nothing was issued or printed. Code
 * {@code DOCUMENT_FONT}. The message names the configured path and how to install the font.
 */
public class DocumentFontException extends NhiException {
    private static final long serialVersionUID = 1L;

    /** @param message what is wrong and how to fix it */
    public DocumentFontException(String message) {
        super("DOCUMENT_FONT", message);
    }

    /**
     * @param message what is wrong and how to fix it
     * @param cause the underlying failure
     */
    public DocumentFontException(String message, Throwable cause) {
        super("DOCUMENT_FONT", message, cause);
    }
}
