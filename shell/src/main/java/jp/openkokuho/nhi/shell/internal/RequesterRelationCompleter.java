package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.disclosure.RequesterRelation;

/** Completes the names of 請求者の区分. */
@Service
public class RequesterRelationCompleter extends EnumCompleter {
    /** Creates the completer. */
    public RequesterRelationCompleter() {
        super(RequesterRelation.class);
    }
}
