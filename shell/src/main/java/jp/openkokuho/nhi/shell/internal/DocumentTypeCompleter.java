package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.document.DocumentType;

/** Completes document type names (証類). */
@Service
public class DocumentTypeCompleter extends EnumCompleter {
    /** Creates the completer. */
    public DocumentTypeCompleter() {
        super(DocumentType.class);
    }
}
