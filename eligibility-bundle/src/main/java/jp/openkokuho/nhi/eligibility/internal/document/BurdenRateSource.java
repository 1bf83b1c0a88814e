package jp.openkokuho.nhi.eligibility.internal.document;

import java.time.LocalDate;

/**
 * Where the 一部負担金の割合 printed on a 70–74 person's document comes from (domain rule R15).
 *
 * <p>The rate depends on the 住民税 課税所得 and 旧ただし書所得 of every 70–74 member of the household, which this
 * platform does not hold yet. The document service therefore asks this interface, and the default
 * {@link RuleBasedBurdenRateSource} applies {@link jp.openkokuho.nhi.eligibility.internal.rules.ElderlyRecipientRule}
 * with no income (so 2割 一般). A source that reads the tax income replaces it without any change to the document
 * service.
 */
public interface BurdenRateSource {
    /**
     * @param tenantCode the tenant
     * @param atenaNo 宛名番号 of a person who is 高齢受給者 on {@code date}
     * @param birthDate the person's 生年月日
     * @param date the document's 発効期日
     * @return the rate in percent: 10, 20 or 30
     */
    int ratePercent(String tenantCode, String atenaNo, LocalDate birthDate, LocalDate date);
}
