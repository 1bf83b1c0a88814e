package jp.openkokuho.nhi.api.linkage;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The R7 check of one in-prefecture move, as reported to one of the two municipalities.
 *
 * @param findingId identifier within the tenant
 * @param side whether this tenant is the 転出地 ({@code OUTGOING}) or the 転入地 ({@code INCOMING})
 * @param atenaNo 宛名番号 of the person in this tenant
 * @param otherMunicipalityCode the other municipality
 * @param otherAtenaNo 宛名番号 in the other municipality; {@code null} when it came from a federation file
 * @param coverageEndDate 転出地 適用終了年月日 (first day not applied)
 * @param coverageStartDate 転入地 適用開始年月日
 * @param kind {@code CONTINUOUS}, {@code GAP} or {@code OVERLAP}
 * @param days length of the gap or overlap
 * @param source {@code TENANTS} (both read on this installation) or the federation file's name
 * @param foundAt when the check ran
 */
public record ContinuityFinding(long findingId, String side, String atenaNo, String otherMunicipalityCode,
        String otherAtenaNo, LocalDate coverageEndDate, LocalDate coverageStartDate, String kind, int days,
        String source, Instant foundAt) {
}
