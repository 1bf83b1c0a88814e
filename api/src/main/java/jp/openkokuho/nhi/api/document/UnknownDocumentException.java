package jp.openkokuho.nhi.api.document;

import jp.openkokuho.nhi.api.NhiException;

/** No document with the given id exists in the tenant. Code {@code DOCUMENT_UNKNOWN}. */
public class UnknownDocumentException extends NhiException {
    private static final long serialVersionUID = 1L;

    /**
     * @param tenantCode the tenant asked
     * @param documentId the id that was not found
     */
    public UnknownDocumentException(String tenantCode, String documentId) {
        super("DOCUMENT_UNKNOWN", "no document '" + documentId + "' in tenant " + tenantCode);
    }
}
