package jp.openkokuho.nhi.api.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one yearly 一斉更新 did.
 *
 * @param runDate the day the run was asked for
 * @param nextEffectiveDate the first day of the next cycle: documents expiring before it were renewed
 * @param expiring current documents that expire before {@code nextEffectiveDate}
 * @param issued new documents issued
 * @param notCovered expiring documents not renewed because the person is not insured on the renewal's effective date
 * @param failed expiring documents whose renewal broke a rule (see {@code failures}); nothing was stored for them
 * @param failures one line per failure: 宛名番号, document id and the rule's message (no personal data in clear)
 */
public record RenewalResult(LocalDate runDate, LocalDate nextEffectiveDate, int expiring, int issued, int notCovered,
        int failed, List<String> failures) {
    /** Copies the failure list. */
    public RenewalResult {
        Objects.requireNonNull(runDate, "runDate");
        Objects.requireNonNull(nextEffectiveDate, "nextEffectiveDate");
        failures = List.copyOf(failures);
    }
}
