package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.linkage.JlisItem;

/** Completes the J-LIS five items. */
@Service
public class JlisItemCompleter extends EnumCompleter {
    /** For the shell. */
    public JlisItemCompleter() {
        super(JlisItem.class);
    }
}
