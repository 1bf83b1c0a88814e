package jp.openkokuho.nhi.eligibility.internal.rules;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Objects;

/**
 * R14 住所地特例 and マル学 (special residence rules), source tag ✅ (S32 御船町, 原村; S14 松山市).
 *
 * <ul>
 * <li>修学中の特例 (マル学, 国保法116条): a student living elsewhere for study, who would otherwise belong to a household
 * in the original municipality, is treated as living there and as a member of that household (the premium is
 * billed to that 世帯主). The determination is valid to the next 3/31 (御船町) and is renewed yearly with a new
 * 在学証明.</li>
 * <li>住所地特例 (国保法116条の2): a person who moves into a hospital, 介護施設, 障害者施設 or similar facility in
 * another municipality stays insured by the previous municipality and becomes a one-person household there; the
 * person is the 世帯主 and so the taxpayer. The receiving municipality does not enrol them (原村).</li>
 * <li>Since 2018-04-01 a 住所地特例 person who moves to 後期高齢者医療 is insured by the 広域連合 of the previous
 * municipality (松山市).</li>
 * </ul>
 *
 * <p>Parameters used by the methods: {@code startDate} = the application or start date of a 116条 determination;
 * {@code move} = the facts of a move into a facility (see {@link FacilityMove}); {@code enrollingInsurerNo} = the
 * 市町村保険者番号 ({@code insurer_no}) of the municipality asked to enrol the person. The rule has no ❓ point, so it
 * takes no {@link RuleParameters}.
 */
public final class SpecialResidenceRule {
    /** Rule id used in error reports. */
    public static final String RULE = "R14";
    /** First day on which a 住所地特例 person moving to 後期 stays with the previous municipality's 広域連合. */
    public static final LocalDate LATE_ELDERLY_CARRY_OVER_FROM = LocalDate.of(2018, 4, 1);

    private SpecialResidenceRule() {
    }

    /** Kinds of facility that give 住所地特例 (国保法116条の2第1項). */
    public enum FacilityKind {
        /** 病院・診療所 (hospital or clinic). */
        HOSPITAL,
        /** 介護保険施設 etc., for example 特別養護老人ホーム (long-term care facility). */
        LONG_TERM_CARE_FACILITY,
        /** 障害者支援施設 etc. (disability support facility). */
        DISABILITY_FACILITY
    }

    /** Which 後期高齢者医療広域連合 insures a person when they reach 後期. */
    public enum LateElderlyInsurer {
        /** The 広域連合 of the previous municipality (住所地特例 carried over, from 2018-04-01). */
        PREVIOUS_MUNICIPALITY_UNION,
        /** The 広域連合 of the municipality where the person is registered (no carry-over). */
        CURRENT_ADDRESS_UNION
    }

    /**
     * A move of one NHI insured person whose 住民票 moves to another address.
     *
     * @param atenaNo 宛名番号 of the person, in the previous municipality
     * @param previousInsurerNo {@code insurer_no} of the municipality the person leaves
     * @param receivingInsurerNo {@code insurer_no} of the municipality the 住民票 moves to
     * @param facility the facility entered, or {@code null} if the new address is not a facility
     * @param moveDate the date the 住民票 moves (住所異動日)
     */
    public record FacilityMove(String atenaNo, String previousInsurerNo, String receivingInsurerNo,
            FacilityKind facility, LocalDate moveDate) {
        /**
         * Validates the components.
         *
         * @param atenaNo as in the record description
         * @param previousInsurerNo as in the record description
         * @param receivingInsurerNo as in the record description
         * @param facility as in the record description
         * @param moveDate as in the record description
         */
        public FacilityMove {
            Objects.requireNonNull(atenaNo, "atenaNo");
            Objects.requireNonNull(previousInsurerNo, "previousInsurerNo");
            Objects.requireNonNull(receivingInsurerNo, "receivingInsurerNo");
            Objects.requireNonNull(moveDate, "moveDate");
        }

        /** @return whether 住所地特例 applies: a facility in another municipality */
        public boolean specialResidence() {
            return facility != null && !previousInsurerNo.equals(receivingInsurerNo);
        }
    }

    /**
     * Who insures the person after a move and in which household.
     *
     * @param insurerNo {@code insurer_no} of the insuring municipality
     * @param specialResidence whether 住所地特例 applies
     * @param newOneMemberHousehold whether the person forms a new one-person NHI household (always with 住所地特例)
     * @param headAtenaNo 宛名番号 of the 世帯主 (taxpayer) of the new household; {@code null} if there is none
     * @param memberAtenaNos members of the new household; empty if there is none
     * @param effectiveDate the date the decision takes effect (the move date)
     */
    public record FacilityDecision(String insurerNo, boolean specialResidence, boolean newOneMemberHousehold,
            String headAtenaNo, List<String> memberAtenaNos, LocalDate effectiveDate) {
        /**
         * Copies the member list.
         *
         * @param insurerNo as in the record description
         * @param specialResidence as in the record description
         * @param newOneMemberHousehold as in the record description
         * @param headAtenaNo as in the record description
         * @param memberAtenaNos as in the record description
         * @param effectiveDate as in the record description
         */
        public FacilityDecision {
            memberAtenaNos = List.copyOf(memberAtenaNos);
        }
    }

    /**
     * A 116条 (修学) determination: the student stays insured by the original municipality as a member of the
     * original household, whose 世帯主 is billed.
     *
     * @param insurerNo {@code insurer_no} of the original municipality
     * @param householdNo 国保世帯番号 ({@code nhi_household_no}) of the original household the student stays a member of
     * @param validFrom start of the determination
     * @param validUntil last valid day (the next 3/31)
     */
    public record StudentDecision(String insurerNo, String householdNo, LocalDate validFrom, LocalDate validUntil) {
    }

    /**
     * Decides a 116条 (修学) determination for a student who moves to another municipality for study.
     *
     * @param originalInsurerNo {@code insurer_no} of the municipality the student leaves
     * @param originalHouseholdNo 国保世帯番号 ({@code nhi_household_no}) of the household the student belonged to
     * @param startDate application or start date of the determination
     * @return the student stays in that household of that municipality until {@link #studentValidityEnd}
     */
    public static StudentDecision decideStudent(String originalInsurerNo, String originalHouseholdNo,
            LocalDate startDate) {
        Objects.requireNonNull(originalInsurerNo, "originalInsurerNo");
        Objects.requireNonNull(originalHouseholdNo, "originalHouseholdNo");
        return new StudentDecision(originalInsurerNo, originalHouseholdNo, startDate, studentValidityEnd(startDate));
    }

    /**
     * The last day of a 116条 (修学) determination: the next 3/31 on or after the start date, i.e. the end of the
     * fiscal year (年度) of the start.
     *
     * @param startDate application or start date of the determination
     * @return the last valid day, for example 2027-03-31 for a start on 2026-04-01
     */
    public static LocalDate studentValidityEnd(LocalDate startDate) {
        Objects.requireNonNull(startDate, "startDate");
        LocalDate march31 = LocalDate.of(startDate.getYear(), Month.MARCH, 31);
        return startDate.isAfter(march31) ? march31.plusYears(1) : march31;
    }

    /**
     * Checks the renewal of a 116条 (修学) determination and returns the new last valid day. The renewal must
     * start after the current determination (no overlap) and needs a new 在学証明, issued after the current
     * determination started (the earlier certificate was used for it).
     *
     * @param currentStart start of the current determination
     * @param renewalDate start of the renewed determination
     * @param certificateDate issue date of the new 在学証明; {@code null} if none was submitted
     * @return the last valid day of the renewed determination
     * @throws RuleCheckException naming {@code renewal_date} or {@code enrollment_certificate_date}
     */
    public static LocalDate renewStudentSpecial(LocalDate currentStart, LocalDate renewalDate,
            LocalDate certificateDate) {
        Objects.requireNonNull(currentStart, "currentStart");
        Objects.requireNonNull(renewalDate, "renewalDate");
        LocalDate currentEnd = studentValidityEnd(currentStart);
        if (!renewalDate.isAfter(currentEnd)) {
            throw new RuleCheckException(RULE, "renewal_date",
                "the current 116条 determination is valid until " + currentEnd + "; a renewal starts after it");
        }
        if (certificateDate == null) {
            throw new RuleCheckException(RULE, "enrollment_certificate_date",
                "a renewal of the 116条 determination needs a new 在学証明");
        }
        if (!certificateDate.isAfter(currentStart)) {
            throw new RuleCheckException(RULE, "enrollment_certificate_date",
                "the 在学証明 must be issued after " + currentStart + " (a new one for the renewal)");
        }
        return studentValidityEnd(renewalDate);
    }

    /**
     * Decides the insurer and household after a move. With 住所地特例 the previous municipality keeps insuring the
     * person as a new one-person household whose 世帯主 (taxpayer) is the person; otherwise the receiving
     * municipality insures them (ordinary move, its own household rules apply).
     *
     * @param move the facts of the move
     * @return the decision, effective from the move date
     */
    public static FacilityDecision decideFacilityMove(FacilityMove move) {
        Objects.requireNonNull(move, "move");
        if (move.specialResidence()) {
            return new FacilityDecision(move.previousInsurerNo(), true, true, move.atenaNo(),
                List.of(move.atenaNo()), move.moveDate());
        }
        return new FacilityDecision(move.receivingInsurerNo(), false, false, null, List.of(), move.moveDate());
    }

    /**
     * Refuses an enrolment by a municipality that is not the insurer under 住所地特例: the receiving municipality of a
     * facility move does not enrol the person.
     *
     * @param enrollingInsurerNo {@code insurer_no} of the municipality asked to enrol the person
     * @param move the facts of the move
     * @throws RuleCheckException naming {@code insurer_no}
     */
    public static void checkEnrolment(String enrollingInsurerNo, FacilityMove move) {
        Objects.requireNonNull(enrollingInsurerNo, "enrollingInsurerNo");
        Objects.requireNonNull(move, "move");
        if (move.specialResidence() && enrollingInsurerNo.equals(move.receivingInsurerNo())) {
            throw new RuleCheckException(RULE, "insurer_no",
                "住所地特例 (国保法116条の2): the person stays insured by " + move.previousInsurerNo()
                    + "; " + enrollingInsurerNo + " does not enrol them");
        }
    }

    /**
     * Which 広域連合 insures a person at the move to 後期高齢者医療.
     *
     * @param specialResidence whether the person is a 住所地特例 NHI insured at the move
     * @param lateElderlyStart first day of 後期 insurance
     * @return {@link LateElderlyInsurer#PREVIOUS_MUNICIPALITY_UNION} for a 住所地特例 person from 2018-04-01,
     *         otherwise {@link LateElderlyInsurer#CURRENT_ADDRESS_UNION}
     */
    public static LateElderlyInsurer lateElderlyInsurer(boolean specialResidence, LocalDate lateElderlyStart) {
        Objects.requireNonNull(lateElderlyStart, "lateElderlyStart");
        return specialResidence && !lateElderlyStart.isBefore(LATE_ELDERLY_CARRY_OVER_FROM)
            ? LateElderlyInsurer.PREVIOUS_MUNICIPALITY_UNION
            : LateElderlyInsurer.CURRENT_ADDRESS_UNION;
    }
}
