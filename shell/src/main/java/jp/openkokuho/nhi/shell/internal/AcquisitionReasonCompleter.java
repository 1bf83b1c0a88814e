package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;

/** Completes 資格取得事由 names. */
@Service
public class AcquisitionReasonCompleter extends EnumCompleter {
    /** Creates the completer. */
    public AcquisitionReasonCompleter() {
        super(AcquisitionReason.class);
    }
}
