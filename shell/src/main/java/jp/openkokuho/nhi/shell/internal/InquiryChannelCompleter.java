package jp.openkokuho.nhi.shell.internal;

import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.disclosure.InquiryChannel;

/** Completes the names of 問合せの受付方法. */
@Service
public class InquiryChannelCompleter extends EnumCompleter {
    /** Creates the completer. */
    public InquiryChannelCompleter() {
        super(InquiryChannel.class);
    }
}
