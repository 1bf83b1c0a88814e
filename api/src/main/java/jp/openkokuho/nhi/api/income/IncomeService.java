package jp.openkokuho.nhi.api.income;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Tax income (地方税関係情報) of a tenant's persons and the determinations that use it.
 *
 * <p>The income file is a CSV with the header {@code 宛名番号,年度,課税所得,旧ただし書所得,収入,給与所得} (see
 * docs/interchange-files.md). An import is all-or-nothing: any error in any line (format, unknown person, the same
 * person and year twice) stores nothing and the report names file, line, item and check or rule. The same file
 * imported again is recognised by its SHA-256 and changes nothing; a different file with a person and year already
 * known appends a new version that supersedes the earlier one.
 *
 * <p>Thread safe. Every method throws {@link jp.openkokuho.nhi.api.tenant.UnknownTenantException} for a tenant that
 * is not open on this installation, and {@link jp.openkokuho.nhi.api.eligibility.RuleViolationException} naming the
 * rule when a determination lacks what it needs (for example the income of a 70–74 member).
 */
@ProviderType
public interface IncomeService {
    /**
     * @param tenantCode 全国地方公共団体コード
     * @param file the CSV file
     * @param charset UTF-8 or Windows-31J
     * @return the outcome with its line-numbered report
     */
    IncomeImportResult importFile(String tenantCode, Path file, Charset charset);

    /**
     * @param tenantCode 全国地方公共団体コード
     * @param atenaNo 宛名番号
     * @param fiscalYear 年度 (課税年度)
     * @return the latest imported income of the person for that year
     */
    Optional<PersonIncome> income(String tenantCode, String atenaNo, int fiscalYear);

    /**
     * Records an application for the 非自発的失業者 軽減 after checking R11 (date, age, 離職理由コード).
     *
     * @param tenantCode 全国地方公共団体コード
     * @param request the application
     * @return the recorded reduction period
     */
    InvoluntaryUnemployment registerInvoluntaryUnemployment(String tenantCode, UnemploymentRequest request);

    /**
     * The 一部負担金割合 of a person on a day (R15): for a 高齢受給者, 2割 or 3割 from the incomes of the 70–74 insured
     * members of their 国保世帯, redetermined every 1 August; 3割 for insured persons under 70.
     *
     * @param tenantCode 全国地方公共団体コード
     * @param atenaNo 宛名番号 of an NHI insured person
     * @param asOf the day asked about
     * @param standardIncomeApplication the household applied for 基準収入額適用 (収入 383万/520万 test)
     * @return the rate with its basis and period
     */
    BurdenRate burdenRate(String tenantCode, String atenaNo, LocalDate asOf, boolean standardIncomeApplication);

    /**
     * The 所得区分 of a 国保世帯 on a day (R9), with the R11 adjustment for members in a 非自発的失業者 軽減 period.
     *
     * @param tenantCode 全国地方公共団体コード
     * @param nhiHouseholdNo 国保世帯番号
     * @param asOf the day asked about
     * @return the category
     */
    HouseholdIncomeCategory incomeCategory(String tenantCode, String nhiHouseholdNo, LocalDate asOf);
}
