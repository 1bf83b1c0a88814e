package jp.openkokuho.nhi.eligibility.internal.document;

import java.time.LocalDate;
import java.util.List;

import jp.openkokuho.nhi.eligibility.internal.rules.ElderlyRecipientRule;
import jp.openkokuho.nhi.eligibility.internal.rules.ElderlyRecipientRule.ElderlyMember;

/**
 * The default {@link BurdenRateSource} while no income is known: {@link ElderlyRecipientRule#copayRate} for the person
 * alone with 課税所得, 旧ただし書所得 and 収入 of 0 yen, which is 2割 (一般). Persons born on or before 1944-04-01 keep
 * the historic 1割 特例 (R15 history: only those turning 70 from April 2014 pay 2割), which matters only for documents
 * effective before 2019-04-01, when the last of them turned 75.
 *
 * <p>Stateless and thread safe.
 */
public final class RuleBasedBurdenRateSource implements BurdenRateSource {
    /** Last birth date that kept the 1割 特例 (R15). */
    public static final LocalDate ONE_TENTH_BORN_UNTIL = LocalDate.of(1944, 4, 1);
    /** 1割. */
    public static final int ONE_TENTH_RATE = 10;

    @Override
    public int ratePercent(String tenantCode, String atenaNo, LocalDate birthDate, LocalDate date) {
        if (!birthDate.isAfter(ONE_TENTH_BORN_UNTIL)) {
            return ONE_TENTH_RATE;
        }
        return ElderlyRecipientRule.copayRate(List.of(new ElderlyMember(birthDate, 0, 0, 0)), List.of(), false)
            .ratePercent();
    }
}
