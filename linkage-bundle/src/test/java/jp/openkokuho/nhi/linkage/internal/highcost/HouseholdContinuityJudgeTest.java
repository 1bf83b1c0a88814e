package jp.openkokuho.nhi.linkage.internal.highcost;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import jp.openkokuho.nhi.api.linkage.ContinuityVerdict;
import jp.openkokuho.nhi.api.linkage.MemberChangeCause;
import jp.openkokuho.nhi.linkage.internal.highcost.HouseholdContinuityJudge.Household;
import jp.openkokuho.nhi.linkage.internal.highcost.HouseholdContinuityJudge.Proposal;

/** R8 tests A and E and the five criteria. */
class HouseholdContinuityJudgeTest {
    private static final Household XY = new Household("X", Set.of("X", "Y"));

    @Test
    void testA_headAndSpouseMoveWithinThePrefecture() {
        Proposal p = HouseholdContinuityJudge.judge(true, XY, new Household("X", Set.of("X", "Y")), Map.of());
        assertThat(p.verdict()).isEqualTo(ContinuityVerdict.CONTINUOUS);
        assertThat(p.criteria()).containsExactly(1);
        assertThat(p.reason()).isEqualTo("転出前の世帯主が転入後も世帯主であるため継続と判定(基準1)");
    }

    @Test
    void testE_aMoveToTokyoIsNotCarriedOver() {
        Proposal p = HouseholdContinuityJudge.judge(false, XY, XY, Map.of());
        assertThat(p.verdict()).isEqualTo(ContinuityVerdict.OUT_OF_PREFECTURE);
        assertThat(p.criteria()).isEmpty();
    }

    @Test
    void criterion2_theHeadChangesWithinTheSameHousehold() {
        Proposal p = HouseholdContinuityJudge.judge(true, XY, new Household("Y", Set.of("X", "Y")), Map.of());
        assertThat(p.verdict()).isEqualTo(ContinuityVerdict.CONTINUOUS);
        assertThat(p.criteria()).containsExactly(2);
    }

    @Test
    void criteria3And4_aBirthAndADeath() {
        Proposal p = HouseholdContinuityJudge.judge(true, new Household("X", Set.of("X", "Y", "G")),
            new Household("X", Set.of("X", "Y", "B")), Map.of("B", MemberChangeCause.BIRTH, "G", MemberChangeCause.DEATH));
        assertThat(p.verdict()).isEqualTo(ContinuityVerdict.CONTINUOUS);
        assertThat(p.criteria()).containsExactly(3, 4);
    }

    @Test
    void criterion2_theHeadDiedAndTheSpouseBecameHead() {
        Proposal p = HouseholdContinuityJudge.judge(true, XY, new Household("Y", Set.of("Y")),
            Map.of("X", MemberChangeCause.DEATH));
        assertThat(p.verdict()).isEqualTo(ContinuityVerdict.CONTINUOUS);
        assertThat(p.criteria()).containsExactly(2, 4);
    }

    @Test
    void criterion5_aChildWhoSplitsOffAndBecomesHeadDoesNotContinue() {
        Household before = new Household("X", Set.of("X", "Y", "Z"));
        Proposal child = HouseholdContinuityJudge.judge(true, before, new Household("Z", Set.of("Z")),
            Map.of("X", MemberChangeCause.OTHER_HOUSEHOLD, "Y", MemberChangeCause.OTHER_HOUSEHOLD));
        assertThat(child.verdict()).isEqualTo(ContinuityVerdict.NOT_CONTINUOUS);
        assertThat(child.reason()).isEqualTo("転入後の世帯主が転出前の世帯の世帯主ではないため継続性なし(基準5)");
        Proposal parents = HouseholdContinuityJudge.judge(true, before, new Household("X", Set.of("X", "Y")),
            Map.of("Z", MemberChangeCause.OTHER_HOUSEHOLD));
        assertThat(parents.verdict()).isEqualTo(ContinuityVerdict.CONTINUOUS);
        assertThat(parents.criteria()).isEqualTo(List.of(5));
    }
}
