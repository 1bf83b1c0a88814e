package jp.openkokuho.nhi.linkage.internal.highcost;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jp.openkokuho.nhi.api.linkage.ContinuityVerdict;
import jp.openkokuho.nhi.api.linkage.MemberChangeCause;

/**
 * R8 世帯の継続性, judged by the 転入地 and based on the 世帯主 (national 参酌基準 as quoted by 富田林市; 松山市: "if the
 * 世帯主 is also 世帯主 at the destination → continuous"). Continuity is recognised when
 * <ol>
 * <li>the same 世帯主 and members only change address;</li>
 * <li>the 世帯主 changes within the same household;</li>
 * <li>members increase by birth or by leaving other insurance;</li>
 * <li>members decrease by death or by joining other insurance;</li>
 * <li>on 世帯分離 / 世帯合併, for the post-move household whose 世帯主 was 世帯主 of the pre-move household.</li>
 * </ol>
 * The judge only proposes; staff accept or reject. Persons are identified by any key that is the same on both
 * sides.
 */
public final class HouseholdContinuityJudge {

    /**
     * One side of the move.
     *
     * @param headKey the 世帯主
     * @param memberKeys every person of the household, the 世帯主 included
     */
    public record Household(String headKey, Set<String> memberKeys) {
        /** Copies the members. */
        public Household {
            Objects.requireNonNull(headKey, "headKey");
            memberKeys = Set.copyOf(memberKeys);
        }
    }

    /**
     * The proposal.
     *
     * @param verdict the proposed judgement
     * @param criteria the criteria (1–5) it rests on, ascending
     * @param reason the proposal in words for staff
     */
    public record Proposal(ContinuityVerdict verdict, List<Integer> criteria, String reason) {
    }

    private HouseholdContinuityJudge() {
    }

    /**
     * @param samePrefecture whether both municipalities belong to the same prefecture
     * @param before the 転出地 household
     * @param after the 転入地 household
     * @param causes why persons joined or left (keys of persons in only one of the households)
     * @return the proposal
     */
    public static Proposal judge(boolean samePrefecture, Household before, Household after,
            Map<String, MemberChangeCause> causes) {
        if (!samePrefecture) {
            return new Proposal(ContinuityVerdict.OUT_OF_PREFECTURE, List.of(),
                "都道府県外への転出のため保険者が異なり、高額該当回数は引き継がない");
        }
        Set<String> joined = new TreeSet<>(after.memberKeys());
        joined.removeAll(before.memberKeys());
        Set<String> left = new TreeSet<>(before.memberKeys());
        left.removeAll(after.memberKeys());
        TreeSet<Integer> criteria = new TreeSet<>();
        for (String k : joined) {
            criteria.add(criterionFor(causes.get(k)));
        }
        for (String k : left) {
            criteria.add(criterionFor(causes.get(k)));
        }
        if (before.headKey().equals(after.headKey())) {
            if (criteria.isEmpty()) {
                criteria.add(1);
            }
            return new Proposal(ContinuityVerdict.CONTINUOUS, List.copyOf(criteria),
                "転出前の世帯主が転入後も世帯主であるため継続と判定(基準" + join(criteria) + ")");
        }
        MemberChangeCause headCause = causes.get(before.headKey());
        boolean formerHeadStays = after.memberKeys().contains(before.headKey())
            || headCause == MemberChangeCause.DEATH || headCause == MemberChangeCause.JOINED_OTHER_INSURANCE;
        if (before.memberKeys().contains(after.headKey()) && formerHeadStays
                && !criteria.contains(5)) {
            criteria.add(2);
            return new Proposal(ContinuityVerdict.CONTINUOUS, List.copyOf(criteria),
                "同一世帯内での世帯主変更のため継続と判定(基準" + join(criteria) + ")");
        }
        return new Proposal(ContinuityVerdict.NOT_CONTINUOUS, List.of(),
            "転入後の世帯主が転出前の世帯の世帯主ではないため継続性なし(基準5)");
    }

    private static int criterionFor(MemberChangeCause cause) {
        if (cause == null) {
            return 5;
        }
        return switch (cause) {
            case BIRTH, LEFT_OTHER_INSURANCE -> 3;
            case DEATH, JOINED_OTHER_INSURANCE -> 4;
            case OTHER_HOUSEHOLD -> 5;
        };
    }

    private static String join(Set<Integer> criteria) {
        List<String> s = new ArrayList<>();
        criteria.forEach(c -> s.add(String.valueOf(c)));
        return String.join("・", s);
    }
}
