package jp.openkokuho.nhi.eligibility.internal.rules;

import static jp.openkokuho.nhi.eligibility.internal.rules.RuleAssertions.assertViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import jp.openkokuho.nhi.eligibility.internal.rules.SpecialResidenceRule.FacilityDecision;
import jp.openkokuho.nhi.eligibility.internal.rules.SpecialResidenceRule.FacilityKind;
import jp.openkokuho.nhi.eligibility.internal.rules.SpecialResidenceRule.FacilityMove;
import jp.openkokuho.nhi.eligibility.internal.rules.SpecialResidenceRule.LateElderlyInsurer;
import jp.openkokuho.nhi.eligibility.internal.rules.SpecialResidenceRule.StudentDecision;

/** R14 マル学 (国保法116条) and 住所地特例 (116条の2): the worked examples of the domain rules. */
class SpecialResidenceRuleTest {

    // synthetic insurer numbers and keys
    private static final String WAKO = "119999";
    private static final String KYOTO = "269999";
    private static final String GUNMA_TOWN = "109999";
    private static final String WAKO_HOUSEHOLD = "0000001234";
    private static final String MOTHER = "000000000072";

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void studentOfAWakoHouseholdMovingToKyotoStaysInTheHouseholdUntilTheNextMarch31() {
        // child (19) moves to 京都市 for university on 2026-04-01
        StudentDecision decision = SpecialResidenceRule.decideStudent(WAKO, WAKO_HOUSEHOLD, d("2026-04-01"));

        assertThat(decision).isEqualTo(
            new StudentDecision(WAKO, WAKO_HOUSEHOLD, d("2026-04-01"), d("2027-03-31")));
        assertThat(decision.insurerNo()).isNotEqualTo(KYOTO);
    }

    @ParameterizedTest(name = "start {0}: valid until {1}")
    @CsvSource({
        "2026-04-01, 2027-03-31",
        "2026-09-15, 2027-03-31",
        "2027-01-10, 2027-03-31",
        "2027-03-31, 2027-03-31",
        "2028-02-29, 2028-03-31"})
    void aStudentDeterminationRunsToTheNextMarch31(LocalDate start, LocalDate end) {
        assertThat(SpecialResidenceRule.studentValidityEnd(start)).isEqualTo(end);
    }

    @Test
    void renewalWithANewEnrollmentCertificateRunsToTheFollowingMarch31() {
        assertThat(SpecialResidenceRule.renewStudentSpecial(d("2026-04-01"), d("2027-04-01"), d("2027-03-20")))
            .isEqualTo(d("2028-03-31"));
    }

    @Test
    void renewalWithoutANewEnrollmentCertificateIsRefused() {
        assertViolation(() -> SpecialResidenceRule.renewStudentSpecial(d("2026-04-01"), d("2027-04-01"), null),
            "R14", "enrollment_certificate_date");
        // the certificate that supported the current determination is not a new one
        assertViolation(
            () -> SpecialResidenceRule.renewStudentSpecial(d("2026-04-01"), d("2027-04-01"), d("2026-03-25")),
            "R14", "enrollment_certificate_date");
    }

    @Test
    void renewalOverlappingTheCurrentDeterminationIsRefused() {
        assertViolation(
            () -> SpecialResidenceRule.renewStudentSpecial(d("2026-04-01"), d("2027-03-31"), d("2027-03-20")),
            "R14", "renewal_date");
    }

    @Test
    void motherEnteringATokuyoInGunmaStaysWithWakoAsAOnePersonHousehold() {
        // mother (72, NHI) enters a 特養 in 群馬県 and moves her 住民票 there on 2026-06-01
        FacilityMove move = new FacilityMove(MOTHER, WAKO, GUNMA_TOWN, FacilityKind.LONG_TERM_CARE_FACILITY,
            d("2026-06-01"));

        FacilityDecision decision = SpecialResidenceRule.decideFacilityMove(move);

        assertThat(decision.insurerNo()).isEqualTo(WAKO);
        assertThat(decision.specialResidence()).isTrue();
        assertThat(decision.newOneMemberHousehold()).isTrue();
        assertThat(decision.headAtenaNo()).isEqualTo(MOTHER);
        assertThat(decision.memberAtenaNos()).containsExactly(MOTHER);
        assertThat(decision.effectiveDate()).isEqualTo(d("2026-06-01"));

        assertViolation(() -> SpecialResidenceRule.checkEnrolment(GUNMA_TOWN, move), "R14", "insurer_no");
        assertThatNoException().isThrownBy(() -> SpecialResidenceRule.checkEnrolment(WAKO, move));
    }

    @Test
    void anOrdinaryMoveIsInsuredByTheReceivingMunicipality() {
        FacilityMove move = new FacilityMove(MOTHER, WAKO, GUNMA_TOWN, null, d("2026-06-01"));

        FacilityDecision decision = SpecialResidenceRule.decideFacilityMove(move);

        assertThat(decision).isEqualTo(
            new FacilityDecision(GUNMA_TOWN, false, false, null, List.of(), d("2026-06-01")));
        assertThatNoException().isThrownBy(() -> SpecialResidenceRule.checkEnrolment(GUNMA_TOWN, move));
    }

    @Test
    void aFacilityInTheSameMunicipalityIsNoSpecialResidence() {
        FacilityMove move = new FacilityMove(MOTHER, WAKO, WAKO, FacilityKind.HOSPITAL, d("2026-06-01"));

        assertThat(SpecialResidenceRule.decideFacilityMove(move).specialResidence()).isFalse();
        assertThatNoException().isThrownBy(() -> SpecialResidenceRule.checkEnrolment(WAKO, move));
    }

    @ParameterizedTest(name = "special residence {0}, 後期 from {1}: {2}")
    @CsvSource({
        "true, 2029-01-01, PREVIOUS_MUNICIPALITY_UNION",
        "true, 2018-04-01, PREVIOUS_MUNICIPALITY_UNION",
        "true, 2018-03-31, CURRENT_ADDRESS_UNION",
        "false, 2029-01-01, CURRENT_ADDRESS_UNION"})
    void aSpecialResidencePersonMovingToLateElderlyStaysWithThePreviousUnionSince2018(boolean special,
            LocalDate start, LateElderlyInsurer expected) {
        assertThat(SpecialResidenceRule.lateElderlyInsurer(special, start)).isEqualTo(expected);
    }
}
