package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.disclosure.PrivacyRequestKind;

/** Completes the names of 開示・訂正・利用停止請求の区分. */
@Service
public class PrivacyRequestKindCompleter extends EnumCompleter {
    /** Creates the completer. */
    public PrivacyRequestKindCompleter() {
        super(PrivacyRequestKind.class);
    }
}
