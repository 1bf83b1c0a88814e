package jp.openkokuho.nhi.api.linkage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A 高額該当 carry-over case of the 転入地 (R8).
 *
 * @param caseId identifier within the tenant
 * @param incomingHouseholdNo 転入地 国保世帯番号
 * @param outgoingMunicipalityCode 転出地 全国地方公共団体コード
 * @param outgoingHouseholdNo 転出地 国保世帯番号
 * @param moveDate 転入日 (適用開始年月日 in the 転入地)
 * @param proposal the proposed judgement
 * @param criteria the R8 criteria (1–5) the proposal rests on; empty when none holds
 * @param proposalReason the proposal in words, for staff (Japanese)
 * @param state current state
 * @param decisionReason staff's reason when accepting or rejecting; {@code null} before
 * @param decidedBy staff id; {@code null} before the decision
 * @param decidedAt when staff decided; {@code null} before
 */
public record CarryOverCase(long caseId, String incomingHouseholdNo, String outgoingMunicipalityCode,
        String outgoingHouseholdNo, LocalDate moveDate, ContinuityVerdict proposal, List<Integer> criteria,
        String proposalReason, CarryOverState state, String decisionReason, String decidedBy, Instant decidedAt) {
    /** Copies the criteria. */
    public CarryOverCase {
        criteria = List.copyOf(criteria);
    }
}
