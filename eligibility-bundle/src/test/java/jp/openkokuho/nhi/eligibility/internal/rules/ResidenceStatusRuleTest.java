package jp.openkokuho.nhi.eligibility.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import jp.openkokuho.nhi.eligibility.internal.rules.ResidenceStatusRule.Coverage;
import jp.openkokuho.nhi.eligibility.internal.rules.ResidenceStatusRule.ResidenceCase;
import jp.openkokuho.nhi.eligibility.internal.rules.RuleParameters.RenewalGraceEnd;
import jp.openkokuho.nhi.eligibility.internal.rules.RuleParameters.ResidenceExpiryCap;

/** R13 在留資格: coverage decisions and document expiry capping. */
class ResidenceStatusRuleTest {

    private static final RuleParameters DEFAULTS = RuleParameters.defaults();

    private static Coverage coverage(ResidenceCase c) {
        return ResidenceStatusRule.coverage(c, DEFAULTS);
    }

    @Test
    void entertainerWithThreeMonthsAndASixMonthContractIsCovered() {
        Coverage c = coverage(ResidenceCase.of(ResidenceStatus.ENTERTAINER, Period.ofMonths(3))
            .withDocumentedStayBeyondThreeMonths());
        assertThat(c).isEqualTo(Coverage.COVERED_BY_DOCUMENTED_STAY);
        assertThat(c.isCovered()).isTrue();
    }

    @Test
    void medicalStayIsNotCovered() {
        Coverage c = coverage(ResidenceCase.of(ResidenceStatus.DESIGNATED_ACTIVITIES_MEDICAL_STAY,
            Period.ofMonths(6)));
        assertThat(c).isEqualTo(Coverage.EXCLUDED_STATUS);
        assertThat(c.isCovered()).isFalse();
    }

    @Test
    void temporaryVisitorIsNotCovered() {
        assertThat(coverage(ResidenceCase.of(ResidenceStatus.TEMPORARY_VISITOR, Period.ofDays(90))))
            .isEqualTo(Coverage.EXCLUDED_STATUS);
    }

    @ParameterizedTest(name = "{0} is excluded even with a long period and documents")
    @EnumSource(value = ResidenceStatus.class, names = {"DIPLOMAT", "TEMPORARY_VISITOR",
        "DESIGNATED_ACTIVITIES_MEDICAL_STAY", "DESIGNATED_ACTIVITIES_MEDICAL_ATTENDANT",
        "DESIGNATED_ACTIVITIES_LONG_STAY_SIGHTSEEING", "DESIGNATED_ACTIVITIES_LONG_STAY_SIGHTSEEING_SPOUSE", "NONE"})
    void excludedStatuses(ResidenceStatus status) {
        assertThat(status.isExcluded()).isTrue();
        assertThat(coverage(ResidenceCase.of(status, Period.ofYears(1)).withDocumentedStayBeyondThreeMonths()
            .withAlreadyInsured())).isEqualTo(Coverage.EXCLUDED_STATUS);
    }

    @Test
    void exactlyTheDocumentedStatusesAreExcludedOrShortStayCoverable() {
        assertThat(Arrays.stream(ResidenceStatus.values()).filter(ResidenceStatus::isExcluded))
            .containsExactlyInAnyOrder(ResidenceStatus.DIPLOMAT, ResidenceStatus.TEMPORARY_VISITOR,
                ResidenceStatus.DESIGNATED_ACTIVITIES_MEDICAL_STAY,
                ResidenceStatus.DESIGNATED_ACTIVITIES_MEDICAL_ATTENDANT,
                ResidenceStatus.DESIGNATED_ACTIVITIES_LONG_STAY_SIGHTSEEING,
                ResidenceStatus.DESIGNATED_ACTIVITIES_LONG_STAY_SIGHTSEEING_SPOUSE, ResidenceStatus.NONE);
        assertThat(Arrays.stream(ResidenceStatus.values()).filter(ResidenceStatus::mayCoverShortStay))
            .containsExactlyInAnyOrder(ResidenceStatus.ENTERTAINER, ResidenceStatus.TECHNICAL_INTERN_TRAINING,
                ResidenceStatus.DEPENDENT, ResidenceStatus.DESIGNATED_ACTIVITIES, ResidenceStatus.OFFICIAL);
        assertThat(EnumSet.allOf(ResidenceStatus.class))
            .noneMatch(s -> s.isExcluded() && s.mayCoverShortStay());
    }

    @Test
    void labelsAreTheJapaneseTerms() {
        assertThat(ResidenceStatus.DESIGNATED_ACTIVITIES_MEDICAL_STAY.label()).isEqualTo("特定活動(医療滞在)");
        assertThat(ResidenceStatus.TEMPORARY_VISITOR.label()).isEqualTo("短期滞在");
        assertThat(ResidenceStatus.ENGINEER_HUMANITIES_INTERNATIONAL.label()).isEqualTo("技術・人文知識・国際業務");
    }

    @ParameterizedTest(name = "{0}, 3 months, documents beyond 3 months → covered")
    @EnumSource(value = ResidenceStatus.class,
        names = {"ENTERTAINER", "TECHNICAL_INTERN_TRAINING", "DEPENDENT", "DESIGNATED_ACTIVITIES", "OFFICIAL"})
    void shortStayExceptionsWithDocuments(ResidenceStatus status) {
        assertThat(coverage(ResidenceCase.of(status, Period.ofMonths(3)).withDocumentedStayBeyondThreeMonths()))
            .isEqualTo(Coverage.COVERED_BY_DOCUMENTED_STAY);
        assertThat(coverage(ResidenceCase.of(status, Period.ofMonths(3))))
            .isEqualTo(Coverage.NOT_COVERED_SHORT_STAY);
    }

    @Test
    void otherStatusesNeedMoreThanThreeMonths() {
        assertThat(coverage(ResidenceCase.of(ResidenceStatus.STUDENT, Period.ofYears(1))))
            .isEqualTo(Coverage.COVERED);
        assertThat(coverage(ResidenceCase.of(ResidenceStatus.STUDENT, Period.ofMonths(3))
            .withDocumentedStayBeyondThreeMonths())).isEqualTo(Coverage.NOT_COVERED_SHORT_STAY);
        assertThat(coverage(ResidenceCase.of(ResidenceStatus.PERMANENT_RESIDENT, null))).isEqualTo(Coverage.COVERED);
        assertThat(coverage(ResidenceCase.of(ResidenceStatus.SPECIAL_PERMANENT_RESIDENT, null)))
            .isEqualTo(Coverage.COVERED);
    }

    @Test
    void alreadyInsuredStaysInsuredOnAShortRenewal() {
        assertThat(coverage(ResidenceCase.of(ResidenceStatus.STUDENT, Period.ofMonths(3)).withAlreadyInsured()))
            .isEqualTo(Coverage.COVERED_AS_ALREADY_INSURED);
        assertThat(coverage(ResidenceCase.of(ResidenceStatus.TEMPORARY_VISITOR, Period.ofDays(90))
            .withAlreadyInsured())).isEqualTo(Coverage.EXCLUDED_STATUS);
    }

    @Test
    void agreementCertificateHoldersAreExcludedUnlessTheTenantSaysOtherwise() {
        ResidenceCase c = ResidenceCase.of(ResidenceStatus.INTRA_COMPANY_TRANSFEREE, Period.ofYears(3))
            .withAgreementCertificate();
        assertThat(ResidenceStatusRule.coverage(c, DEFAULTS)).isEqualTo(Coverage.EXCLUDED_AGREEMENT_CERTIFICATE);
        assertThat(ResidenceStatusRule.coverage(c, DEFAULTS.withExcludeAgreementCertificateHolders(false)))
            .isEqualTo(Coverage.COVERED);
    }

    @ParameterizedTest(name = "{0} beyond 3 months: {1}")
    @CsvSource({"P3M, false", "P90D, false", "P92D, false", "P93D, true", "P3M1D, true", "P4M, true", "P1Y, true",
        "P2M33D, false", "P2M34D, true", "P1M64D, false", "P1M65D, true"})
    void periodsBeyondThreeMonths(Period period, boolean expected) {
        assertThat(ResidenceStatusRule.isBeyondThreeMonths(period)).isEqualTo(expected);
    }

    @Test
    void unlimitedPeriodIsBeyondThreeMonths() {
        assertThat(ResidenceStatusRule.isBeyondThreeMonths(null)).isTrue();
    }

    @Test
    void documentedStayIsCountedFromTheStartOfThePeriod() {
        LocalDate start = LocalDate.of(2026, 4, 1);
        assertThat(ResidenceStatusRule.documentsShowStayBeyondThreeMonths(start, LocalDate.of(2026, 6, 30))).isFalse();
        assertThat(ResidenceStatusRule.documentsShowStayBeyondThreeMonths(start, LocalDate.of(2026, 7, 1))).isTrue();
    }

    @Test
    void documentExpiryIsCappedAtTheResidenceExpiry() {
        LocalDate residence = LocalDate.of(2026, 9, 30);
        LocalDate general = LocalDate.of(2027, 7, 31);
        assertThat(ResidenceStatusRule.cappedDocumentExpiry(general, residence, DEFAULTS))
            .isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(ResidenceStatusRule.cappedDocumentExpiry(general, residence,
            DEFAULTS.withResidenceExpiryCap(ResidenceExpiryCap.DAY_AFTER_EXPIRY))).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(ResidenceStatusRule.cappedDocumentExpiry(general, LocalDate.of(2028, 1, 31), DEFAULTS))
            .isEqualTo(general);
    }

    @Test
    void renewalGraceDocumentRunsToTheEndOfTheSpecialPeriod() {
        LocalDate general = LocalDate.of(2027, 7, 31);
        RuleParameters literal = DEFAULTS.withRenewalGraceEnd(RenewalGraceEnd.TWO_MONTHS_FROM_DAY_AFTER_EXPIRY);
        assertThat(ResidenceStatusRule.renewalGraceDocumentExpiry(LocalDate.of(2026, 9, 30), general, DEFAULTS))
            .isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(ResidenceStatusRule.renewalGraceDocumentExpiry(LocalDate.of(2026, 9, 30), general, literal))
            .isEqualTo(LocalDate.of(2026, 12, 1));
        // 2 months counted from 1 July end on 31 August, not on 30 August
        assertThat(ResidenceStatusRule.renewalGraceDocumentExpiry(LocalDate.of(2026, 6, 30), general, DEFAULTS))
            .isEqualTo(LocalDate.of(2026, 8, 31));
        assertThat(ResidenceStatusRule.renewalGraceDocumentExpiry(LocalDate.of(2026, 6, 30), general, literal))
            .isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(ResidenceStatusRule.renewalGraceDocumentExpiry(LocalDate.of(2026, 9, 30),
            LocalDate.of(2026, 10, 31), DEFAULTS)).isEqualTo(LocalDate.of(2026, 10, 31));
    }
}
