package jp.openkokuho.nhi.eligibility.internal.rules;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * R16 交付する証類 before and after 2024-12-02, source tag ✅ (S25 MHLW slides, 和歌山市, 呉市, 飯山市, 中野区,
 * 泉大津市; S26 for the legacy cards).
 *
 * <ul>
 * <li>Until 2024-12-01: 被保険者証, 短期被保険者証, 被保険者資格証明書 and 高齢受給者証. From 2024-12-02: 資格確認書,
 * 資格情報のお知らせ, 資格確認書(特別療養費) and 高齢受給者証. Cards issued before stay valid to their printed expiry,
 * but not after 2025-12-01 (1-year 経過措置). This is the data table {@link #PERIODS}.</li>
 * <li>A document's validity is shortened (飯山市) to the day before the 75th birthday (後期), for persons under 70
 * to the day before they become 高齢受給者 (R15: the 70–74 version shows the 一部負担金割合), to the 在留期間満了日 (R13),
 * and for 70–74 persons to 31 July before the yearly redetermination of the rate (R15). 資格情報のお知らせ has no expiry
 * under 70.</li>
 * <li>The insurer sets the validity of a 資格確認書, at most 5 years; in practice up to a fixed day (7/31) —
 * {@link #policyExpiry}.</li>
 * </ul>
 *
 * <p>Parameters used by the methods: {@code type} = the document type; {@code date} / {@code issueDate} /
 * {@code effectiveDate} = the day the document is issued or takes effect (発効期日); {@code printedExpiry} = the
 * 有効期限 printed on a card; {@code facts} = the facts of one document to be issued (see {@link DocumentFacts});
 * {@code parameters} = the tenant's rule parameters.
 */
public final class DocumentRule {
    /** Rule id used in error reports. */
    public static final String RULE = "R16";
    /** First day on which only the new documents are issued. */
    public static final LocalDate NEW_SYSTEM_FROM = LocalDate.of(2024, 12, 2);
    /** Last day any legacy card (被保険者証, 短期証, 資格証) is valid. */
    public static final LocalDate LEGACY_LAST_VALID_DAY = LocalDate.of(2025, 12, 1);

    /**
     * One effective-dated row: a type may be issued on days in {@code [issuableFrom, issuableUntil)} and a document
     * of it is valid at most to {@code lastValidDay}.
     *
     * @param type the document type
     * @param issuableFrom first day it may be issued; {@code null} for "since before this system's records"
     * @param issuableUntil first day it may no longer be issued; {@code null} while still issued
     * @param lastValidDay latest last valid day of any document of the row; {@code null} for no overall limit
     */
    public record DocumentPeriod(DocumentType type, LocalDate issuableFrom, LocalDate issuableUntil,
            LocalDate lastValidDay) {

        /**
         * @param date a day
         * @return {@code true} if the type may be issued (take effect) that day under this row
         */
        public boolean issuableOn(LocalDate date) {
            return (issuableFrom == null || !date.isBefore(issuableFrom))
                && (issuableUntil == null || date.isBefore(issuableUntil));
        }
    }

    /** The effective-dated document table. */
    public static final List<DocumentPeriod> PERIODS = List.of(
        new DocumentPeriod(DocumentType.INSURANCE_CARD, null, NEW_SYSTEM_FROM, LEGACY_LAST_VALID_DAY),
        new DocumentPeriod(DocumentType.SHORT_TERM_CARD, null, NEW_SYSTEM_FROM, LEGACY_LAST_VALID_DAY),
        new DocumentPeriod(DocumentType.QUALIFICATION_CERTIFICATE, null, NEW_SYSTEM_FROM, LEGACY_LAST_VALID_DAY),
        new DocumentPeriod(DocumentType.ELDERLY_RECIPIENT_CARD, null, null, null),
        new DocumentPeriod(DocumentType.ELIGIBILITY_CONFIRMATION_DOC, NEW_SYSTEM_FROM, null, null),
        new DocumentPeriod(DocumentType.ELIGIBILITY_CONFIRMATION_DOC_SPECIAL_CARE_COST, NEW_SYSTEM_FROM, null, null),
        new DocumentPeriod(DocumentType.ELIGIBILITY_INFO_NOTICE, NEW_SYSTEM_FROM, null, null));

    private DocumentRule() {
    }

    /** Why a document expires when it does; ties are reported in this order. */
    public enum ExpiryCap {
        /** The legacy-card 経過措置 ends (2025-12-01). */
        LEGACY_CARD_END("経過措置終了"),
        /** The day before the 75th birthday (後期高齢者医療へ移行). */
        LATE_ELDERLY("75歳到達"),
        /** The day before the person becomes 高齢受給者 (70歳到達). */
        ELDERLY_RECIPIENT_START("70歳到達"),
        /** The 在留期間満了日 (or the day after, by tenant parameter). */
        RESIDENCE_EXPIRY("在留期間満了"),
        /** 31 July before the yearly 負担割合 redetermination of a 70–74 person. */
        ANNUAL_REDETERMINATION("負担割合の年次判定"),
        /** The expiry the insurer's policy or the printed card gives. */
        POLICY("有効期限"),
        /** The document has no expiry (資格情報のお知らせ under 70). */
        NONE("有効期限なし");

        private final String label;

        ExpiryCap(String label) {
            this.label = label;
        }

        /** @return the Japanese term */
        public String label() {
            return label;
        }
    }

    /**
     * @param lastValidDay the last day the document is valid; {@code null} for {@link ExpiryCap#NONE}
     * @param cap why it ends that day
     */
    public record Expiry(LocalDate lastValidDay, ExpiryCap cap) {
    }

    /**
     * The facts of one document to be issued. Build it with {@link #of} and the {@code with…} methods.
     *
     * @param type the document type
     * @param effectiveDate 発効期日, the first valid day
     * @param birthDate 生年月日 of the insured person
     * @param policyExpiry the expiry by the insurer's policy (see {@link DocumentRule#policyExpiry}) or printed on a
     *        legacy card; {@code null} if the document has none
     * @param residenceExpiryDate 在留期間満了日 of a foreign resident; {@code null} otherwise
     */
    public record DocumentFacts(DocumentType type, LocalDate effectiveDate, LocalDate birthDate,
            LocalDate policyExpiry, LocalDate residenceExpiryDate) {

        /**
         * Validates the components.
         *
         * @param type as in the record description
         * @param effectiveDate as in the record description
         * @param birthDate as in the record description
         * @param policyExpiry as in the record description
         * @param residenceExpiryDate as in the record description
         * @throws NullPointerException if the type, effective date or birth date is {@code null}
         */
        public DocumentFacts {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(effectiveDate, "effectiveDate");
            Objects.requireNonNull(birthDate, "birthDate");
        }

        /**
         * @param type the document type
         * @param effectiveDate 発効期日
         * @param birthDate 生年月日
         * @return facts without policy expiry and without residence expiry
         */
        public static DocumentFacts of(DocumentType type, LocalDate effectiveDate, LocalDate birthDate) {
            return new DocumentFacts(type, effectiveDate, birthDate, null, null);
        }

        /**
         * @param value the policy or printed expiry
         * @return a copy with the policy expiry set
         */
        public DocumentFacts withPolicyExpiry(LocalDate value) {
            return new DocumentFacts(type, effectiveDate, birthDate, value, residenceExpiryDate);
        }

        /**
         * @param value the 在留期間満了日
         * @return a copy with the residence expiry set
         */
        public DocumentFacts withResidenceExpiry(LocalDate value) {
            return new DocumentFacts(type, effectiveDate, birthDate, policyExpiry, value);
        }
    }

    /**
     * @param date a day
     * @return the document types that may be issued (take effect) that day
     */
    public static Set<DocumentType> issuableOn(LocalDate date) {
        Set<DocumentType> types = EnumSet.noneOf(DocumentType.class);
        for (DocumentPeriod row : PERIODS) {
            if (row.issuableOn(date)) {
                types.add(row.type());
            }
        }
        return Collections.unmodifiableSet(types);
    }

    /**
     * @param type the document type
     * @param date the issue or effective day
     * @return the table row under which the type may be issued that day
     * @throws RuleCheckException if the type may not be issued that day
     */
    public static DocumentPeriod requireIssuable(DocumentType type, LocalDate date) {
        return row(type, date).orElseThrow(() -> new RuleCheckException(RULE, "document_type",
            type.label() + " may not be issued on " + date));
    }

    /**
     * @param type the document type
     * @param issueDate the day the document was issued
     * @param printedExpiry the 有効期限 printed on it
     * @return the last day it is valid: the printed expiry, shortened to the row's overall limit (a 被保険者証
     *         issued 2024-11-15 printed to 2026-07-31 → 2025-12-01)
     * @throws RuleCheckException if the type could not be issued on that day
     */
    public static LocalDate lastValidDay(DocumentType type, LocalDate issueDate, LocalDate printedExpiry) {
        LocalDate limit = requireIssuable(type, issueDate).lastValidDay();
        return limit != null && limit.isBefore(printedExpiry) ? limit : printedExpiry;
    }

    /**
     * @param type the document type
     * @param issueDate the day the document was issued
     * @param printedExpiry the 有効期限 printed on it
     * @param date the day asked about
     * @return {@code true} if the document is valid that day (between the issue day and {@link #lastValidDay})
     * @throws RuleCheckException if the type could not be issued on the issue day
     */
    public static boolean isValidOn(DocumentType type, LocalDate issueDate, LocalDate printedExpiry, LocalDate date) {
        return !date.isBefore(issueDate) && !date.isAfter(lastValidDay(type, issueDate, printedExpiry));
    }

    /**
     * The expiry the insurer's policy gives a 資格確認書: the {@code documentValidityYears}-th
     * {@code documentCycleEnd} on or after the effective date. With the defaults (7/31, 1 year) a joiner on
     * 2025-03-10 gets 2025-07-31 and the renewal from 2025-08-01 gets 2026-07-31; never 5 years or more.
     *
     * @param effectiveDate 発効期日
     * @param parameters tenant parameters ({@code documentCycleEnd}, {@code documentValidityYears})
     * @return the policy expiry
     */
    public static LocalDate policyExpiry(LocalDate effectiveDate, RuleParameters parameters) {
        MonthDay cycleEnd = parameters.documentCycleEnd();
        LocalDate first = cycleEnd.atYear(effectiveDate.getYear());
        if (first.isBefore(effectiveDate)) {
            first = cycleEnd.atYear(effectiveDate.getYear() + 1);
        }
        return cycleEnd.atYear(first.getYear() + parameters.documentValidityYears() - 1);
    }

    /**
     * The expiry of a document to be issued: the earliest of the caps that apply (see the class description), with
     * the cap that decided it.
     *
     * @param facts the document's facts
     * @param parameters tenant parameters ({@code residenceExpiryCap})
     * @return the last valid day and its reason; {@link ExpiryCap#NONE} for 資格情報のお知らせ under 70
     * @throws RuleCheckException if the type may not be issued on the effective date, the person is 75 or older
     *         then, a 高齢受給者証 would take effect before the person is 高齢受給者, or a cap falls before the
     *         effective date
     */
    public static Expiry expiry(DocumentFacts facts, RuleParameters parameters) {
        DocumentPeriod row = requireIssuable(facts.type(), facts.effectiveDate());
        LocalDate birthDate = facts.birthDate();
        LocalDate lateElderlyEve = ElderlyRecipientRule.endDate(birthDate);
        if (facts.effectiveDate().isAfter(lateElderlyEve)) {
            throw new RuleCheckException(RULE, "effective_date", "is on or after the 75th birthday (後期高齢者医療)");
        }
        boolean elderly = ElderlyRecipientRule.isElderlyRecipientOn(birthDate, facts.effectiveDate());
        if (facts.type() == DocumentType.ELDERLY_RECIPIENT_CARD && !elderly) {
            throw new RuleCheckException(RULE, "effective_date", "is before the person becomes 高齢受給者");
        }
        if (facts.type() == DocumentType.ELIGIBILITY_INFO_NOTICE && !elderly) {
            return new Expiry(null, ExpiryCap.NONE);
        }

        List<Expiry> candidates = new ArrayList<>();
        add(candidates, row.lastValidDay(), ExpiryCap.LEGACY_CARD_END);
        add(candidates, lateElderlyEve, ExpiryCap.LATE_ELDERLY);
        if (!elderly) {
            add(candidates, ElderlyRecipientRule.startDate(birthDate).minusDays(1), ExpiryCap.ELDERLY_RECIPIENT_START);
        }
        if (facts.residenceExpiryDate() != null) {
            add(candidates, ResidenceStatusRule.documentExpiryCap(facts.residenceExpiryDate(), parameters),
                ExpiryCap.RESIDENCE_EXPIRY);
        }
        if (elderly) {
            add(candidates, ElderlyRecipientRule.periodLastDay(facts.effectiveDate()),
                ExpiryCap.ANNUAL_REDETERMINATION);
        }
        add(candidates, facts.policyExpiry(), ExpiryCap.POLICY);

        Expiry earliest = candidates.get(0);
        for (Expiry e : candidates) {
            // strict comparison keeps the first cap in ExpiryCap order on ties
            if (e.lastValidDay().isBefore(earliest.lastValidDay())) {
                earliest = e;
            }
        }
        if (earliest.lastValidDay().isBefore(facts.effectiveDate())) {
            throw new RuleCheckException(RULE, "expiry", "the document would expire (" + earliest.cap().label()
                + ") before it takes effect");
        }
        return earliest;
    }

    private static void add(List<Expiry> candidates, LocalDate day, ExpiryCap cap) {
        if (day != null) {
            candidates.add(new Expiry(day, cap));
        }
    }

    private static Optional<DocumentPeriod> row(DocumentType type, LocalDate date) {
        return PERIODS.stream().filter(r -> r.type() == type && r.issuableOn(date)).findFirst();
    }
}
