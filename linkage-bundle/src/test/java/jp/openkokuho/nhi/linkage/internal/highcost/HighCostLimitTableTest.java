package jp.openkokuho.nhi.linkage.internal.highcost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import jp.openkokuho.nhi.api.linkage.AgeGroup;
import jp.openkokuho.nhi.api.linkage.LinkageException;

/** R9 amounts (S17) and the R8 move-month half limit, from the bundled data file. */
class HighCostLimitTableTest {
    private static final HighCostLimitTable TABLE = HighCostLimitTable.bundled();
    private static final YearMonth JULY_2026 = YearMonth.of(2026, 7);

    @Test
    void theBundledFileHasTheFiveUnder70CategoriesThe70To74GeneralRowAndBlank2026_08Rows() {
        assertThat(TABLE.rows()).hasSize(12);
        assertThat(TABLE.rows()).filteredOn(r -> r.fromMonth().equals(YearMonth.of(2026, 8)))
            .hasSize(6).allMatch(r -> !r.known());
    }

    @Test
    void categoryEIsAFlat57600And44400FromTheFourthMonth() {
        assertThat(TABLE.limit(AgeGroup.UNDER_70, "エ", JULY_2026, 1_000_000, false, false).limitYen()).isEqualTo(57_600);
        assertThat(TABLE.limit(AgeGroup.UNDER_70, "エ", JULY_2026, 1_000_000, true, false).limitYen()).isEqualTo(44_400);
        assertThat(TABLE.limit(AgeGroup.UNDER_70, "オ", JULY_2026, 0, false, false).limitYen()).isEqualTo(35_400);
        assertThat(TABLE.limit(AgeGroup.UNDER_70, "オ", JULY_2026, 0, true, false).limitYen()).isEqualTo(24_600);
    }

    @Test
    void categoriesAToCAddOnePercentOfTheCostAboveTheThreshold() {
        // ウ: 80,100 + (1,000,000 − 267,000) × 1% = 87,430
        assertThat(TABLE.limit(AgeGroup.UNDER_70, "ウ", JULY_2026, 1_000_000, false, false).limitYen()).isEqualTo(87_430);
        // ア: 252,600 + (1,000,000 − 842,000) × 1% = 254,180
        assertThat(TABLE.limit(AgeGroup.UNDER_70, "ア", JULY_2026, 1_000_000, false, false).limitYen()).isEqualTo(254_180);
        // イ below its threshold: the base only
        assertThat(TABLE.limit(AgeGroup.UNDER_70, "イ", JULY_2026, 500_000, false, false).limitYen()).isEqualTo(167_400);
        assertThat(TABLE.limit(AgeGroup.UNDER_70, "ア", JULY_2026, 1_000_000, true, false).limitYen()).isEqualTo(140_100);
        assertThat(TABLE.limit(AgeGroup.UNDER_70, "イ", JULY_2026, 1_000_000, true, false).limitYen()).isEqualTo(93_000);
    }

    @Test
    void theMoveMonthHalvesTheLimitAndTheAggregationThreshold() {
        HighCostLimitTable.Limit half = TABLE.limit(AgeGroup.UNDER_70, "エ", JULY_2026, 0, false, true);
        assertThat(half.limitYen()).isEqualTo(28_800);
        assertThat(half.aggregationThresholdYen()).isEqualTo(10_500);
        assertThat(TABLE.limit(AgeGroup.UNDER_70, "エ", JULY_2026, 0, false, false).aggregationThresholdYen())
            .isEqualTo(21_000);
        // ウ halved: 40,050 + (1,000,000 − 133,500) × 1% = 48,715
        assertThat(TABLE.limit(AgeGroup.UNDER_70, "ウ", JULY_2026, 1_000_000, false, true).limitYen()).isEqualTo(48_715);
    }

    @Test
    void the70To74GeneralRowHasTheOutpatientLimitsAndNoAggregationThreshold() {
        HighCostLimitTable.Limit l = TABLE.limit(AgeGroup.AGE_70_74, "一般", JULY_2026, 0, false, false);
        assertThat(l.limitYen()).isEqualTo(57_600);
        assertThat(l.aggregationThresholdYen()).isNull();
        assertThat(l.row().outpatientIndividual()).isEqualTo(18_000);
        assertThat(l.row().outpatientAnnual()).isEqualTo(144_000);
    }

    @Test
    void aServiceMonthFrom2026_08FailsUntilTheFiguresAreFilledIn() {
        assertThatThrownBy(() -> TABLE.limit(AgeGroup.UNDER_70, "エ", YearMonth.of(2026, 8), 0, false, false))
            .isInstanceOf(LinkageException.class)
            .hasMessageContaining("highcost-limits.csv line 25").hasMessageContaining("2026-08");
    }

    @Test
    void anAdministratorsRowForANewPeriodTakesOverFromItsMonth() {
        HighCostLimitTable t = HighCostLimitTable.parse("limits.csv", String.join("\n",
            "from_month,age_group,income_category,limit_base,cost_threshold,multiple_limit,aggregation_threshold,outpatient_individual,outpatient_annual",
            "2018-04,UNDER_70,エ,57600,,44400,21000,,",
            "2026-08,UNDER_70,エ,60000,,46000,21000,,"));
        assertThat(t.limit(AgeGroup.UNDER_70, "エ", JULY_2026, 0, false, false).limitYen()).isEqualTo(57_600);
        assertThat(t.limit(AgeGroup.UNDER_70, "エ", YearMonth.of(2026, 8), 0, false, false).limitYen()).isEqualTo(60_000);
    }

    @Test
    void aBadAmountNamesFileLineAndItem() {
        assertThatThrownBy(() -> HighCostLimitTable.parse("limits.csv", String.join("\n",
            "from_month,age_group,income_category,limit_base,cost_threshold,multiple_limit,aggregation_threshold,outpatient_individual,outpatient_annual",
            "2018-04,UNDER_70,エ,57,600,,44400,21000,,")))
            .hasMessage("limits.csv line 2: row has 10 items, expected 9 (R9 limit table)");
        assertThatThrownBy(() -> HighCostLimitTable.parse("limits.csv", String.join("\n",
            "from_month,age_group,income_category,limit_base,cost_threshold,multiple_limit,aggregation_threshold,outpatient_individual,outpatient_annual",
            "2018-04,UNDER_70,エ,５７６００,,44400,21000,,")))
            .hasMessage("limits.csv line 2: limit_base is not a whole number of yen (R9 limit table)");
    }
}
