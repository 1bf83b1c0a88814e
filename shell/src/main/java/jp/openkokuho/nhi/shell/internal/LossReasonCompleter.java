package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.eligibility.LossReason;

/** Completes 資格喪失事由 names. */
@Service
public class LossReasonCompleter extends EnumCompleter {
    /** Creates the completer. */
    public LossReasonCompleter() {
        super(LossReason.class);
    }
}
