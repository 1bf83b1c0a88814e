package jp.openkokuho.nhi.eligibility.internal.document;

import java.util.Optional;

import org.apache.felix.hc.api.FormattingResultLog;
import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Felix health check of document printing: CRITICAL when the configured Japanese font is missing or unreadable, since
 * then no document can be issued, reissued or printed.
 */
@Component(service = HealthCheck.class,
        property = {HealthCheck.NAME + "=NHI document font", HealthCheck.TAGS + "=nhi", HealthCheck.TAGS + "=document"})
public class DocumentFontHealthCheck implements HealthCheck {
    private final JapaneseFont font;

    /** @param font the configured font */
    @Activate
    public DocumentFontHealthCheck(@Reference JapaneseFont font) {
        this.font = font;
    }

    @Override
    public Result execute() {
        FormattingResultLog log = new FormattingResultLog();
        Optional<String> problem = font.problem();
        if (problem.isPresent()) {
            log.critical("{}", problem.get());
        } else {
            log.info("Japanese font {} is present", font.path());
        }
        return new Result(log);
    }
}
