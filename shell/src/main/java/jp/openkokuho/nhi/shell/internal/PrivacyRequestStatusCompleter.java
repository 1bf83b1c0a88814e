package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.disclosure.PrivacyRequestStatus;

/** Completes the names of 請求の状況. */
@Service
public class PrivacyRequestStatusCompleter extends EnumCompleter {
    /** Creates the completer. */
    public PrivacyRequestStatusCompleter() {
        super(PrivacyRequestStatus.class);
    }
}
