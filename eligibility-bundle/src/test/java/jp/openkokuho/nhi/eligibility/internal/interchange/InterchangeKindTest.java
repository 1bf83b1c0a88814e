package jp.openkokuho.nhi.eligibility.internal.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InterchangeKindTest {

    /** 別添1 of the seed, item by item (国保資格取得年月日 is split over a line break there; the name has no space). */
    @Test
    void headersAreTheItemNamesOfTheSeed() {
        assertThat(InterchangeKind.QUALIFICATION_CHANGE.header()).containsExactly(
            "国保世帯番号", "旧自治体区分", "宛名番号", "履歴番号", "記載順位", "続柄区分", "続柄コード1", "続柄コード2",
            "続柄コード3", "続柄コード4", "続柄名称", "表示用続柄", "適用開始年月日", "税用開始年月日", "適用開始事由",
            "開始届出日", "適用終了年月日", "税用終了年月日", "適用終了事由", "終了届出日", "異動日", "事由", "届出日",
            "転居区分", "転居国保世帯番号", "退職区分", "該当年月日", "税用該当年月日", "該当届出日", "非該当年月日",
            "税用非該当年月日", "非該当届出日", "受給権発生日", "受給年金名称", "受給年金種別", "退職履歴番号", "退職本人",
            "退職続柄コード1", "退職続柄コード2", "退職続柄コード3", "退職続柄コード4", "退職続柄名称", "資格側更新日",
            "税側更新日", "作成区分", "削除区分", "異動日連番", "処理日");
        assertThat(InterchangeKind.MITIGATION_CHANGE.header()).containsExactly(
            "宛名番号", "履歴番号", "更新連番", "対象区分", "届出日", "開始日", "終了日", "世帯番号(住基)", "国保世帯番号",
            "削除区分", "処理日");
        assertThat(InterchangeKind.PREF_QUALIFICATION_DATES.header()).containsExactly(
            "国保世帯番号", "宛名番号", "市町村保険者番号", "被保険者証記号", "被保険者証番号", "世帯番号",
            "国保資格取得届出日", "国保資格取得年月日", "国保資格取得事由", "国保資格喪失届出日", "国保資格喪失年月日",
            "国保資格喪失事由", "予備1", "予備2", "予備3", "予備4", "予備5", "予備6", "予備7", "予備8", "予備9", "予備10",
            "得喪履歴連番", "最新区分", "履歴連番", "取込日");
        assertThat(InterchangeKind.RESIDENCE_STATUS.header()).containsExactly("宛名番号", "在留資格コード", "在留期間満了日");
    }

    @Test
    void eightyEightItemsInFourFiles() {
        assertThat(Arrays.stream(InterchangeKind.values()).map(k -> k.items().size()))
            .containsExactly(48, 11, 26, 3);
        assertThat(Arrays.stream(InterchangeKind.values()).mapToInt(k -> k.items().size()).sum()).isEqualTo(88);
        assertThat(Arrays.stream(InterchangeKind.values()).map(InterchangeKind::japaneseName)).containsExactly(
            "資格異動ファイル", "緩和措置異動情報ファイル", "国保資格取得喪失年月日連携ファイル", "在留資格ファイル");
    }

    @ParameterizedTest
    @EnumSource(InterchangeKind.class)
    void recordComponentsAreTheGlossaryIdentifiersInHeaderOrder(InterchangeKind kind) {
        List<String> components = Arrays.stream(kind.recordType().getRecordComponents())
            .map(RecordComponent::getName).toList();
        assertThat(components).isEqualTo(kind.items().stream().map(InterchangeItem::identifier).toList());
        assertThat(InterchangeKind.of(kind.recordType())).isEqualTo(kind);
    }

    @ParameterizedTest
    @EnumSource(InterchangeKind.class)
    void componentTypesMatchItemTypes(InterchangeKind kind) {
        RecordComponent[] components = kind.recordType().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            InterchangeItem item = kind.items().get(i);
            Class<?> type = components[i].getType();
            Class<?> expected = switch (item.type()) {
                case IDENTIFIER, INSURER_NUMBER, CODE, TEXT -> String.class;
                case SEQUENCE -> item.required() ? int.class : Integer.class;
                case DATE -> java.time.LocalDate.class;
                case FLAG -> boolean.class;
                case ACQUISITION_REASON -> jp.openkokuho.nhi.api.eligibility.AcquisitionReason.class;
                case LOSS_REASON -> jp.openkokuho.nhi.api.eligibility.LossReason.class;
            };
            assertThat(type).as(item.name()).isEqualTo(expected);
        }
    }

    @Test
    void headerNamesAreUniqueWithinAFile() {
        for (InterchangeKind kind : InterchangeKind.values()) {
            assertThat(kind.header()).doesNotHaveDuplicates();
        }
    }

    @Test
    void theLongestValidRecordStaysFarBelowTheRecordLimit() {
        for (InterchangeKind kind : InterchangeKind.values()) {
            // every cell at its maximum, each code point a surrogate pair, every quote doubled, plus separators
            long worst = kind.items().stream().mapToLong(item -> 2L * 2 * item.maxLength() + 3).sum();
            assertThat(worst + 8192).as(kind.name()).isLessThan(InterchangeReader.MAX_RECORD_CHARS);
        }
    }

    @Test
    void unknownRecordTypeIsRefused() {
        assertThatThrownBy(() -> InterchangeKind.of(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
