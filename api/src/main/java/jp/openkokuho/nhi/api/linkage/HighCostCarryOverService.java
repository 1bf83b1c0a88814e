package jp.openkokuho.nhi.api.linkage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * 高額該当回数の引き継ぎ (R8, R9) for the 転入地 municipality. Thread safe; every method names its tenant first.
 */
@ProviderType
public interface HighCostCarryOverService {

    /**
     * Extracts a 継続候補世帯 for a household that moved in from another tenant of this installation: reads both
     * sides' coverage through the eligibility service, proposes a judgement by the 世帯主-based criteria of R8 and
     * stores the case ({@link CarryOverState#CANDIDATE}, or {@link CarryOverState#DETECTED} when the move left the
     * prefecture).
     *
     * @param tenantCode the 転入地
     * @param outgoingTenantCode the 転出地
     * @param moveDate 転入日
     * @param moves every person of the household before and after the move
     * @return the stored case
     * @throws LinkageException (R8) if a person is unknown on the side named, or no side has a 世帯主
     */
    CarryOverCase detectCandidate(String tenantCode, String outgoingTenantCode, LocalDate moveDate,
            List<PersonMove> moves);

    /**
     * @param tenantCode the 転入地
     * @return every case, newest first
     */
    List<CarryOverCase> cases(String tenantCode);

    /**
     * Records staff's judgement on a candidate.
     *
     * @param tenantCode the 転入地
     * @param caseId the case
     * @param accept {@code true} for 容認
     * @param reason why (required, also when following the proposal)
     * @param staffId who decided
     * @return the case, {@link CarryOverState#ACCEPTED} or {@link CarryOverState#REJECTED}
     * @throws LinkageException if the case is not a candidate or the reason is blank
     */
    CarryOverCase decide(String tenantCode, long caseId, boolean accept, String reason, String staffId);

    /**
     * 継続世帯確定: the federation confirmed an accepted case.
     *
     * @param tenantCode the 転入地
     * @param caseId an accepted case
     * @return the case, {@link CarryOverState#CONFIRMED}
     */
    CarryOverCase confirm(String tenantCode, long caseId);

    /**
     * Imports a 転出地高額該当情報 file (layout in docs/federation-files.md), all or nothing. Rows for a household
     * without a confirmed case are rejected rows; a malformed row refuses the whole file.
     *
     * @param tenantCode the 転入地
     * @param fileName name of the file, for messages
     * @param content the file (UTF-8)
     * @return the report
     */
    ImportReport importOutgoingHistory(String tenantCode, String fileName, byte[] content);

    /**
     * Records a month in which the household of this tenant received 高額療養費.
     *
     * @param tenantCode tenant
     * @param householdNo 国保世帯番号
     * @param serviceMonth 診療月
     * @param kind household or 外来個人特例 only
     */
    void recordHighCostMonth(String tenantCode, String householdNo, YearMonth serviceMonth, HighCostMonthKind kind);

    /**
     * Records, in the 転出地, that a household of this tenant moved to another municipality of the same prefecture
     * and continuity was confirmed there (継続世帯確定, as the 連合会 reports it): in the move month this tenant's
     * limit is halved too (府内転居月特例, R8), as the 転入地's is through its confirmed case. Recording the same move
     * twice changes nothing.
     *
     * @param tenantCode the 転出地
     * @param householdNo 国保世帯番号 in the 転出地
     * @param moveDate 転出日
     * @param incomingMunicipalityCode 全国地方公共団体コード of the 転入地 (same prefecture, not this tenant)
     * @return {@code true} if recorded now, {@code false} if it was recorded before
     * @throws LinkageException (R8) if a value is missing, or the 転入地 is this tenant or in another prefecture
     * @since 1.1
     */
    boolean recordContinuedMoveOut(String tenantCode, String householdNo, LocalDate moveDate,
            String incomingMunicipalityCode);

    /**
     * The limit that applies for a 診療月, counting own months and confirmed carried-over months (R9), halved in
     * the move month of a confirmed case in the 転入地 and of a recorded continued move-out in the 転出地
     * ({@link #recordContinuedMoveOut}; 府内転居月特例).
     *
     * @param tenantCode tenant
     * @param householdNo 国保世帯番号
     * @param serviceMonth 診療月
     * @param ageGroup 年齢区分
     * @param incomeCategory 所得区分
     * @param medicalCostYen 医療費 (10割) of the month, for the 1 % part of 区分ア–ウ
     * @return the assessment
     * @throws LinkageException (R9) if the limit table has no figures for that month
     */
    HighCostAssessment assess(String tenantCode, String householdNo, YearMonth serviceMonth, AgeGroup ageGroup,
            String incomeCategory, long medicalCostYen);
}
