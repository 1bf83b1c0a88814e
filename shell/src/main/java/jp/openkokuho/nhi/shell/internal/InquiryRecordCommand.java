package jp.openkokuho.nhi.shell.internal;

import java.time.Instant;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import jp.openkokuho.nhi.api.disclosure.Inquiry;
import jp.openkokuho.nhi.api.disclosure.InquiryChannel;
import jp.openkokuho.nhi.api.disclosure.InquiryRegistration;
import jp.openkokuho.nhi.api.disclosure.InquiryService;

/** Records an inquiry about the handling of the 特定個人情報ファイル and how it was answered. */
@Service
@Command(scope = "nhi", name = "inquiry-record",
        description = "問合せの記録: what was asked, through which channel, and how staff answered (append-only)")
public class InquiryRecordCommand extends NhiAction {
    @Reference
    InquiryService inquiries;

    @Option(name = "--channel", required = true, description = "COUNTER (窓口), PHONE (電話), LETTER (文書), EMAIL (メール)")
    @Completion(InquiryChannelCompleter.class)
    String channel;

    @Option(name = "--summary", required = true, description = "問合せ内容 (no individual number)")
    String summary;

    @Option(name = "--response", description = "対応内容")
    String response = "";

    @Option(name = "--atena", description = "宛名番号 of the person concerned, if any")
    String atenaNo;

    @Option(name = "--received", description = "when it came in: yyyy-MM-dd (JST) or 2026-11-27T09:30:00+09:00;"
        + " default now")
    String received;

    @Option(name = "--follows-up", description = "the number of the first inquiry of the case this one continues")
    Long followsUp;

    @Argument(index = 0, name = "tenant", required = true, description = "全国地方公共団体コード")
    @Completion(TenantCompleter.class)
    String tenant;

    @Override
    void run() {
        Inquiry i = inquiries.record(tenant, new InquiryRegistration(atenaNo, Args.constant(InquiryChannel.class,
            channel, "--channel"), received == null ? Instant.now() : Args.instant(received, "--received"), summary,
            response, followsUp));
        out.println("RECORDED: 問合せ " + i.inquiryId() + " (" + i.channel().label() + ", " + i.receivedAt() + ")"
            + (i.followsUp() == null ? "" : " following " + i.followsUp()));
    }
}
