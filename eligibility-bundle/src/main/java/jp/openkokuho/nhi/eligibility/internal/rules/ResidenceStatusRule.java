package jp.openkokuho.nhi.eligibility.internal.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

import jp.openkokuho.nhi.eligibility.internal.rules.RuleParameters.RenewalGraceEnd;
import jp.openkokuho.nhi.eligibility.internal.rules.RuleParameters.ResidenceExpiryCap;

/**
 * R13 外国人住民と在留資格 (foreign residents and residence status), source tag ✅ (S6 施行規則1条, S22 MHLW 2022
 * 会議資料, 吉川市, 沼津市, 中野区, 港区; the 社会保障協定 exclusion ❓ secondary).
 *
 * <ul>
 * <li>Foreigners with a 住民票 and a period of stay beyond 3 months are covered.</li>
 * <li>Excluded whatever the period (施行規則1条): no status, 短期滞在, 外交, 特定活動 for medical stay or its attendant
 * (告示25・26号), 特定活動 long-stay sightseeing and its accompanying spouse (告示40・41号) — see
 * {@link ResidenceStatus#isExcluded()}; and, if the tenant keeps {@code excludeAgreementCertificateHolders}, holders
 * of a 社会保障協定 適用証明書.</li>
 * <li>A period of 3 months or less gives coverage for 興行, 技能実習, 家族滞在, 特定活動 and 公用 if documents show a
 * stay beyond 3 months counted from the start of the period.</li>
 * <li>A foreigner already insured whose renewal yields 3 months or less stays insured.</li>
 * <li>Documents (資格確認書 etc.) are capped at the 在留期間満了日 or the day after
 * ({@link RuleParameters#residenceExpiryCap()}); during a renewal (特例期間, up to 2 months) a document runs to the
 * end of the grace ({@link RuleParameters#renewalGraceEnd()}).</li>
 * </ul>
 *
 * <p>Parameters used by the methods: {@code residenceCase} = the facts of one person (see {@link ResidenceCase});
 * {@code periodStart} = first day of the period of stay; {@code documentedStayEnd} = last day of the stay shown by
 * contracts or other documents; {@code residenceExpiryDate} = 在留期間満了日; {@code generalExpiry} = the expiry the
 * document would have without the residence cap; {@code parameters} = the tenant's rule parameters.
 */
public final class ResidenceStatusRule {
    /** Rule id used in error reports. */
    public static final String RULE = "R13";
    /** The period of stay above which every non-excluded status is covered. */
    public static final Period THREE_MONTHS = Period.ofMonths(3);
    /** Length of the renewal 特例期間 (入管法20条6項). */
    public static final Period RENEWAL_GRACE = Period.ofMonths(2);
    /** Days in the longest three consecutive calendar months (for example July to September). */
    public static final int LONGEST_THREE_MONTHS_DAYS = 92;

    private ResidenceStatusRule() {
    }

    /** Why a person is or is not covered. */
    public enum Coverage {
        /** Period of stay beyond 3 months (or indefinite). */
        COVERED,
        /** Period of 3 months or less, but documents show a longer stay for a status that allows it. */
        COVERED_BY_DOCUMENTED_STAY,
        /** Period of 3 months or less after a renewal of someone already insured. */
        COVERED_AS_ALREADY_INSURED,
        /** The status is excluded whatever the period (施行規則1条). */
        EXCLUDED_STATUS,
        /** The person holds a 社会保障協定 適用証明書 and the tenant excludes them. */
        EXCLUDED_AGREEMENT_CERTIFICATE,
        /** Period of 3 months or less without an exception. */
        NOT_COVERED_SHORT_STAY;

        /** @return {@code true} for the three covered outcomes */
        public boolean isCovered() {
            return this == COVERED || this == COVERED_BY_DOCUMENTED_STAY || this == COVERED_AS_ALREADY_INSURED;
        }
    }

    /**
     * The residence facts of one person. Build it with {@link #of} and the {@code with…} methods.
     *
     * @param status 在留資格
     * @param periodOfStay 在留期間 as granted (for example {@code P3M}, {@code P1Y}); {@code null} for no limit
     *        (永住者, 特別永住者)
     * @param documentedStayBeyondThreeMonths contracts or other documents show a stay beyond 3 months from the
     *        start of the period (see {@link ResidenceStatusRule#documentsShowStayBeyondThreeMonths})
     * @param alreadyInsured the person is NHI insured now and the period results from a renewal
     * @param agreementCertificate the person holds a 社会保障協定 適用証明書 of another country
     */
    public record ResidenceCase(ResidenceStatus status, Period periodOfStay, boolean documentedStayBeyondThreeMonths,
            boolean alreadyInsured, boolean agreementCertificate) {

        /**
         * Validates the components.
         *
         * @param status as in the record description
         * @param periodOfStay as in the record description
         * @param documentedStayBeyondThreeMonths as in the record description
         * @param alreadyInsured as in the record description
         * @param agreementCertificate as in the record description
         * @throws NullPointerException if the status is {@code null}
         */
        public ResidenceCase {
            Objects.requireNonNull(status, "status");
        }

        /**
         * @param status 在留資格
         * @param periodOfStay 在留期間, {@code null} for no limit
         * @return a case with no documents, not yet insured, no agreement certificate
         */
        public static ResidenceCase of(ResidenceStatus status, Period periodOfStay) {
            return new ResidenceCase(status, periodOfStay, false, false, false);
        }

        /** @return a copy in which documents show a stay beyond 3 months */
        public ResidenceCase withDocumentedStayBeyondThreeMonths() {
            return new ResidenceCase(status, periodOfStay, true, alreadyInsured, agreementCertificate);
        }

        /** @return a copy for a person already insured whose period comes from a renewal */
        public ResidenceCase withAlreadyInsured() {
            return new ResidenceCase(status, periodOfStay, documentedStayBeyondThreeMonths, true,
                agreementCertificate);
        }

        /** @return a copy for a holder of a 社会保障協定 適用証明書 */
        public ResidenceCase withAgreementCertificate() {
            return new ResidenceCase(status, periodOfStay, documentedStayBeyondThreeMonths, alreadyInsured, true);
        }
    }

    /**
     * Decides coverage. Excluded statuses come first (an already insured person whose status changes to one of
     * them loses coverage, R5); then the agreement certificate; then the period of stay and its exceptions.
     *
     * @param residenceCase the person's residence facts
     * @param parameters tenant parameters ({@code excludeAgreementCertificateHolders})
     * @return the coverage outcome
     */
    public static Coverage coverage(ResidenceCase residenceCase, RuleParameters parameters) {
        ResidenceStatus status = residenceCase.status();
        if (status.isExcluded()) {
            return Coverage.EXCLUDED_STATUS;
        }
        if (residenceCase.agreementCertificate() && parameters.excludeAgreementCertificateHolders()) {
            return Coverage.EXCLUDED_AGREEMENT_CERTIFICATE;
        }
        if (isBeyondThreeMonths(residenceCase.periodOfStay())) {
            return Coverage.COVERED;
        }
        if (status.mayCoverShortStay() && residenceCase.documentedStayBeyondThreeMonths()) {
            return Coverage.COVERED_BY_DOCUMENTED_STAY;
        }
        if (residenceCase.alreadyInsured()) {
            return Coverage.COVERED_AS_ALREADY_INSURED;
        }
        return Coverage.NOT_COVERED_SHORT_STAY;
    }

    /**
     * Whether a granted period of stay exceeds 3 months whatever day it starts. 入管 grants periods in years,
     * months or (for short stays) days; a period in days exceeds 3 months only above 92 days, the longest three
     * calendar months. Periods mixing fewer than 3 months with days count by their shortest possible length
     * (1 month ≥ 28 days, 2 months ≥ 59 days).
     *
     * @param periodOfStay 在留期間, {@code null} for no limit
     * @return {@code true} for {@code P3M1D}, {@code P4M}, {@code P1Y}, {@code P93D} or no limit; {@code false} for
     *         {@code P3M}, {@code P90D}, {@code P92D}
     */
    public static boolean isBeyondThreeMonths(Period periodOfStay) {
        if (periodOfStay == null) {
            return true;
        }
        long months = periodOfStay.toTotalMonths();
        int days = periodOfStay.getDays();
        if (months >= 3) {
            return months > 3 || days > 0;
        }
        long shortestDays = months == 0 ? 0 : months == 1 ? 28 : 59;
        return shortestDays + days > LONGEST_THREE_MONTHS_DAYS;
    }

    /**
     * @param periodStart first day of the period of stay
     * @param documentedStayEnd last day of the stay the documents show
     * @return {@code true} if that day lies after the end of 3 months counted from the start (start 2026-04-01:
     *         2026-06-30 is not beyond, 2026-07-01 is)
     */
    public static boolean documentsShowStayBeyondThreeMonths(LocalDate periodStart, LocalDate documentedStayEnd) {
        return documentedStayEnd.isAfter(periodStart.plus(THREE_MONTHS).minusDays(1));
    }

    /**
     * @param residenceExpiryDate 在留期間満了日
     * @param parameters tenant parameters ({@code residenceExpiryCap})
     * @return the latest last-valid day of a document: the expiry date, or the day after it
     */
    public static LocalDate documentExpiryCap(LocalDate residenceExpiryDate, RuleParameters parameters) {
        return parameters.residenceExpiryCap() == ResidenceExpiryCap.DAY_AFTER_EXPIRY
            ? residenceExpiryDate.plusDays(1)
            : residenceExpiryDate;
    }

    /**
     * @param generalExpiry the expiry the document would have for a Japanese national
     * @param residenceExpiryDate 在留期間満了日
     * @param parameters tenant parameters
     * @return the earlier of the general expiry and {@link #documentExpiryCap}
     */
    public static LocalDate cappedDocumentExpiry(LocalDate generalExpiry, LocalDate residenceExpiryDate,
            RuleParameters parameters) {
        LocalDate cap = documentExpiryCap(residenceExpiryDate, parameters);
        return cap.isBefore(generalExpiry) ? cap : generalExpiry;
    }

    /**
     * The last valid day of a document issued while a renewal application is pending (the 在留カード shows the
     * 申請中 stamp): the end of the 2-month 特例期間 in the tenant's reading.
     *
     * @param residenceExpiryDate 在留期間満了日 before renewal
     * @param generalExpiry the expiry the document would have for a Japanese national
     * @param parameters tenant parameters ({@code renewalGraceEnd})
     * @return the earlier of the general expiry and the grace end (expiry 2026-09-30: 2026-11-30 or 2026-12-01)
     */
    public static LocalDate renewalGraceDocumentExpiry(LocalDate residenceExpiryDate, LocalDate generalExpiry,
            RuleParameters parameters) {
        LocalDate graceStart = residenceExpiryDate.plusDays(1);
        LocalDate graceEnd = parameters.renewalGraceEnd() == RenewalGraceEnd.SPECIAL_PERIOD_LAST_DAY
            ? graceStart.plus(RENEWAL_GRACE).minusDays(1)
            : graceStart.plus(RENEWAL_GRACE);
        return graceEnd.isBefore(generalExpiry) ? graceEnd : generalExpiry;
    }
}
