package jp.openkokuho.nhi.eligibility.internal.rules;

import java.time.MonthDay;
import java.util.Objects;

/**
 * The per-tenant (per-municipality) parameter set of the domain rules: every point that the domain rules mark as
 * unverified (❓) or ambiguous, and the few that they leave to municipal policy. A tenant starts from
 * {@link #defaults()} and changes only what its 国保/税務 department has confirmed; the {@code with…} methods return
 * changed copies.
 *
 * <table>
 * <caption>Parameters, defaults and why they are parameters</caption>
 * <tr><th>Parameter</th><th>Rule</th><th>Default</th><th>Why it is a parameter</th></tr>
 * <tr><td>{@code formerDependantEndMode}</td><td>R12</td><td>{@link FormerDependantEndMode#TWENTY_FOUR_MONTHS}</td>
 * <td>"資格取得日の属する月以後2年を経過する月まで" can end in month 24 (2028-05 for acquisition 2026-06) or month 25
 * (2028-06); the doc marks it ❓ ambiguous.</td></tr>
 * <tr><td>{@code involuntaryUnemploymentEndsOnLoss}</td><td>R11</td><td>{@code true}</td>
 * <td>The 軽減 ending when NHI is lost (re-employment) is commonly stated but no source was found
 * (doc §(e) 10).</td></tr>
 * <tr><td>{@code residenceExpiryCap}</td><td>R13, R16</td><td>{@link ResidenceExpiryCap#EXPIRY_DATE}</td>
 * <td>Documents are capped at the 在留期間満了日; 中野区 words it as the day after; the doc asks to make it
 * configurable.</td></tr>
 * <tr><td>{@code renewalGraceEnd}</td><td>R13</td><td>{@link RenewalGraceEnd#SPECIAL_PERIOD_LAST_DAY}</td>
 * <td>"満了日翌日から2か月後" is 11/30 or 12/01 for expiry 09/30 (doc ❓, §(e) 9).</td></tr>
 * <tr><td>{@code excludeAgreementCertificateHolders}</td><td>R13</td><td>{@code true}</td>
 * <td>The exclusion of holders of a social-security-agreement 適用証明書 rests on a secondary source (doc ❓).</td></tr>
 * <tr><td>{@code retireeToDateConvention}</td><td>R10</td><td>{@link RetireeToDateConvention#LAST_RETIREE_DAY}</td>
 * <td>Whether the stored 非該当年月日 is the last retiree day or the first day without is not defined in any
 * source; the doc's check "retiree_to_date &gt; 2020-03-31 is an error" only holds for the last-day reading.</td></tr>
 * <tr><td>{@code documentCycleEnd}</td><td>R16</td><td>07-31</td>
 * <td>Municipal policy: 資格確認書 expire on a fixed day, in practice 7/31 (呉市, 飯山市).</td></tr>
 * <tr><td>{@code documentValidityYears}</td><td>R16</td><td>1</td>
 * <td>Municipal policy: 1 year (呉市, 飯山市) or 2 years (中野区, &lt;70); the law allows at most 5.</td></tr>
 * <tr><td>{@code reuseBranchNumbers}</td><td>R17</td><td>{@code false}</td>
 * <td>枝番 reuse/retention on re-joining was not found (doc ❓, §(e) 8); never reusing is the safe choice because
 * a 枝番 identifies one person in 中間サーバー history.</td></tr>
 * <tr><td>{@code headChangeEffectiveDate}</td><td>R21</td><td>{@link HeadChangeEffectiveDate#APPROVAL_DATE}</td>
 * <td>The date an insured member becomes 世帯主 instead of the 擬制世帯主 was not retrieved (doc ❓); the doc's test
 * uses the approval date.</td></tr>
 * </table>
 *
 * @param formerDependantEndMode R12: last month of the 旧被扶養者 均等割/平等割 reduction
 * @param involuntaryUnemploymentEndsOnLoss R11: whether the 非自発的失業者 軽減 ends with the month before the NHI
 *        loss month
 * @param residenceExpiryCap R13/R16: the last valid day of a document for a foreign resident relative to the
 *        在留期間満了日
 * @param renewalGraceEnd R13: the last valid day of a document issued during the renewal 特例期間
 * @param excludeAgreementCertificateHolders R13: whether holders of a 社会保障協定 適用証明書 are excluded from NHI
 * @param retireeToDateConvention R10: meaning of the stored 非該当年月日 ({@code retiree_to_date})
 * @param documentCycleEnd R16: the fixed expiry day of 資格確認書 (一斉更新 cycle end)
 * @param documentValidityYears R16: how many cycles a 資格確認書 covers, 1 to 5
 * @param reuseBranchNumbers R17: whether a 枝番 no longer assigned may be given to another person of the household
 * @param headChangeEffectiveDate R21: from which date an insured member is the 国保 世帯主 instead of the 擬制世帯主
 */
public record RuleParameters(
        FormerDependantEndMode formerDependantEndMode,
        boolean involuntaryUnemploymentEndsOnLoss,
        ResidenceExpiryCap residenceExpiryCap,
        RenewalGraceEnd renewalGraceEnd,
        boolean excludeAgreementCertificateHolders,
        RetireeToDateConvention retireeToDateConvention,
        MonthDay documentCycleEnd,
        int documentValidityYears,
        boolean reuseBranchNumbers,
        HeadChangeEffectiveDate headChangeEffectiveDate) {

    /** Longest validity of a 資格確認書 the law allows (MHLW 2025-03: 5年以内). */
    public static final int MAX_DOCUMENT_VALIDITY_YEARS = 5;

    /**
     * Validates the components.
     *
     * @param formerDependantEndMode as in the record description
     * @param involuntaryUnemploymentEndsOnLoss as in the record description
     * @param residenceExpiryCap as in the record description
     * @param renewalGraceEnd as in the record description
     * @param excludeAgreementCertificateHolders as in the record description
     * @param retireeToDateConvention as in the record description
     * @param documentCycleEnd as in the record description
     * @param documentValidityYears as in the record description
     * @param reuseBranchNumbers as in the record description
     * @param headChangeEffectiveDate as in the record description
     * @throws NullPointerException if an enum or the cycle end is {@code null}
     * @throws IllegalArgumentException if {@code documentValidityYears} is not 1 to 5
     */
    public RuleParameters {
        Objects.requireNonNull(formerDependantEndMode, "formerDependantEndMode");
        Objects.requireNonNull(residenceExpiryCap, "residenceExpiryCap");
        Objects.requireNonNull(renewalGraceEnd, "renewalGraceEnd");
        Objects.requireNonNull(retireeToDateConvention, "retireeToDateConvention");
        Objects.requireNonNull(documentCycleEnd, "documentCycleEnd");
        Objects.requireNonNull(headChangeEffectiveDate, "headChangeEffectiveDate");
        if (documentValidityYears < 1 || documentValidityYears > MAX_DOCUMENT_VALIDITY_YEARS) {
            throw new IllegalArgumentException("documentValidityYears must be 1 to " + MAX_DOCUMENT_VALIDITY_YEARS
                + ", not " + documentValidityYears);
        }
    }

    /** @return the defaults listed in the class description */
    public static RuleParameters defaults() {
        return new RuleParameters(FormerDependantEndMode.TWENTY_FOUR_MONTHS, true, ResidenceExpiryCap.EXPIRY_DATE,
            RenewalGraceEnd.SPECIAL_PERIOD_LAST_DAY, true, RetireeToDateConvention.LAST_RETIREE_DAY,
            MonthDay.of(7, 31), 1, false, HeadChangeEffectiveDate.APPROVAL_DATE);
    }

    /**
     * @param value the new value
     * @return a copy with {@code formerDependantEndMode} replaced
     */
    public RuleParameters withFormerDependantEndMode(FormerDependantEndMode value) {
        return new RuleParameters(value, involuntaryUnemploymentEndsOnLoss, residenceExpiryCap, renewalGraceEnd,
            excludeAgreementCertificateHolders, retireeToDateConvention, documentCycleEnd, documentValidityYears,
            reuseBranchNumbers, headChangeEffectiveDate);
    }

    /**
     * @param value the new value
     * @return a copy with {@code involuntaryUnemploymentEndsOnLoss} replaced
     */
    public RuleParameters withInvoluntaryUnemploymentEndsOnLoss(boolean value) {
        return new RuleParameters(formerDependantEndMode, value, residenceExpiryCap, renewalGraceEnd,
            excludeAgreementCertificateHolders, retireeToDateConvention, documentCycleEnd, documentValidityYears,
            reuseBranchNumbers, headChangeEffectiveDate);
    }

    /**
     * @param value the new value
     * @return a copy with {@code residenceExpiryCap} replaced
     */
    public RuleParameters withResidenceExpiryCap(ResidenceExpiryCap value) {
        return new RuleParameters(formerDependantEndMode, involuntaryUnemploymentEndsOnLoss, value, renewalGraceEnd,
            excludeAgreementCertificateHolders, retireeToDateConvention, documentCycleEnd, documentValidityYears,
            reuseBranchNumbers, headChangeEffectiveDate);
    }

    /**
     * @param value the new value
     * @return a copy with {@code renewalGraceEnd} replaced
     */
    public RuleParameters withRenewalGraceEnd(RenewalGraceEnd value) {
        return new RuleParameters(formerDependantEndMode, involuntaryUnemploymentEndsOnLoss, residenceExpiryCap, value,
            excludeAgreementCertificateHolders, retireeToDateConvention, documentCycleEnd, documentValidityYears,
            reuseBranchNumbers, headChangeEffectiveDate);
    }

    /**
     * @param value the new value
     * @return a copy with {@code excludeAgreementCertificateHolders} replaced
     */
    public RuleParameters withExcludeAgreementCertificateHolders(boolean value) {
        return new RuleParameters(formerDependantEndMode, involuntaryUnemploymentEndsOnLoss, residenceExpiryCap,
            renewalGraceEnd, value, retireeToDateConvention, documentCycleEnd, documentValidityYears,
            reuseBranchNumbers, headChangeEffectiveDate);
    }

    /**
     * @param value the new value
     * @return a copy with {@code retireeToDateConvention} replaced
     */
    public RuleParameters withRetireeToDateConvention(RetireeToDateConvention value) {
        return new RuleParameters(formerDependantEndMode, involuntaryUnemploymentEndsOnLoss, residenceExpiryCap,
            renewalGraceEnd, excludeAgreementCertificateHolders, value, documentCycleEnd, documentValidityYears,
            reuseBranchNumbers, headChangeEffectiveDate);
    }

    /**
     * @param cycleEnd the new fixed expiry day
     * @param validityYears the new number of cycles, 1 to 5
     * @return a copy with {@code documentCycleEnd} and {@code documentValidityYears} replaced
     */
    public RuleParameters withDocumentPolicy(MonthDay cycleEnd, int validityYears) {
        return new RuleParameters(formerDependantEndMode, involuntaryUnemploymentEndsOnLoss, residenceExpiryCap,
            renewalGraceEnd, excludeAgreementCertificateHolders, retireeToDateConvention, cycleEnd, validityYears,
            reuseBranchNumbers, headChangeEffectiveDate);
    }

    /**
     * @param value the new value
     * @return a copy with {@code reuseBranchNumbers} replaced
     */
    public RuleParameters withReuseBranchNumbers(boolean value) {
        return new RuleParameters(formerDependantEndMode, involuntaryUnemploymentEndsOnLoss, residenceExpiryCap,
            renewalGraceEnd, excludeAgreementCertificateHolders, retireeToDateConvention, documentCycleEnd,
            documentValidityYears, value, headChangeEffectiveDate);
    }

    /**
     * @param value the new value
     * @return a copy with {@code headChangeEffectiveDate} replaced
     */
    public RuleParameters withHeadChangeEffectiveDate(HeadChangeEffectiveDate value) {
        return new RuleParameters(formerDependantEndMode, involuntaryUnemploymentEndsOnLoss, residenceExpiryCap,
            renewalGraceEnd, excludeAgreementCertificateHolders, retireeToDateConvention, documentCycleEnd,
            documentValidityYears, reuseBranchNumbers, value);
    }

    /** R12: how "資格取得日の属する月以後2年を経過する月まで" is read. */
    public enum FormerDependantEndMode {
        /** 24 months including the acquisition month: acquisition 2026-06 → last month 2028-05. */
        TWENTY_FOUR_MONTHS,
        /** The month in which two years from the acquisition day elapse: acquisition 2026-06 → 2028-06. */
        MONTH_IN_WHICH_TWO_YEARS_ELAPSE
    }

    /** R13/R16: the last valid day of a document relative to the 在留期間満了日. */
    public enum ResidenceExpiryCap {
        /** 満了日: valid up to and including the expiry date (2026-09-30 → 2026-09-30). */
        EXPIRY_DATE,
        /** 満了日の翌日 (中野区 wording): 2026-09-30 → 2026-10-01. */
        DAY_AFTER_EXPIRY
    }

    /** R13: the last valid day of a document issued while a renewal is pending (特例期間). */
    public enum RenewalGraceEnd {
        /**
         * The last day of the 特例期間 (入管法20条6項: "満了の日から2月が経過する日", first day not counted):
         * expiry 2026-09-30 → 2026-11-30.
         */
        SPECIAL_PERIOD_LAST_DAY,
        /** The literal "満了日翌日から2か月後" of 港区/中野区: expiry 2026-09-30 → 2026-12-01. */
        TWO_MONTHS_FROM_DAY_AFTER_EXPIRY
    }

    /** R10: the meaning of the stored 非該当年月日 ({@code retiree_to_date}). */
    public enum RetireeToDateConvention {
        /** The last day with 退職被保険者 status; the last legal value is 2020-03-31. */
        LAST_RETIREE_DAY,
        /** The first day without 退職被保険者 status (like 資格喪失年月日); the last legal value is 2020-04-01. */
        FIRST_DAY_WITHOUT
    }

    /** R21: from which date an insured member replaces the 擬制世帯主 as 国保 世帯主 (施行規則10条の2). */
    public enum HeadChangeEffectiveDate {
        /** The day the municipality approves the application. */
        APPROVAL_DATE,
        /** The day the application was made. */
        APPLICATION_DATE
    }
}
