package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.disclosure.PrivacyRequestOutcome;

/** Completes the names of 決定. */
@Service
public class PrivacyRequestOutcomeCompleter extends EnumCompleter {
    /** Creates the completer. */
    public PrivacyRequestOutcomeCompleter() {
        super(PrivacyRequestOutcome.class);
    }
}
