package jp.openkokuho.nhi.eligibility.internal.interchange;

import static jp.openkokuho.nhi.eligibility.internal.interchange.ItemType.ACQUISITION_REASON;
import static jp.openkokuho.nhi.eligibility.internal.interchange.ItemType.CODE;
import static jp.openkokuho.nhi.eligibility.internal.interchange.ItemType.DATE;
import static jp.openkokuho.nhi.eligibility.internal.interchange.ItemType.FLAG;
import static jp.openkokuho.nhi.eligibility.internal.interchange.ItemType.IDENTIFIER;
import static jp.openkokuho.nhi.eligibility.internal.interchange.ItemType.INSURER_NUMBER;
import static jp.openkokuho.nhi.eligibility.internal.interchange.ItemType.LOSS_REASON;
import static jp.openkokuho.nhi.eligibility.internal.interchange.ItemType.SEQUENCE;
import static jp.openkokuho.nhi.eligibility.internal.interchange.ItemType.TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The four interchange files of the seed's 別添1 (特定個人情報ファイル記録項目), each with its items in file order.
 *
 * <p>The header row of a file is exactly {@link #header()}: the 別添1 item names, in order, in Japanese (the seed
 * splits 国保資格取得年月日 over a line break; the name has no space). Limits ({@link InterchangeItem#maxLength()}) and
 * required items are this project's decisions, listed in {@code docs/interchange-files.md}.
 *
 * <p>Immutable and thread safe.
 */
public enum InterchangeKind {
    /** 資格異動ファイル: 48 items, one row per history version of one person's membership. */
    QUALIFICATION_CHANGE("資格異動ファイル", QualificationChangeRecord.class, QualificationChangeRecord::fromItemValues,
        List.of(
            personalId("国保世帯番号", "nhiHouseholdNo", false),
            code("旧自治体区分", "formerMunicipalityCode"),
            personalId("宛名番号", "atenaNo", true),
            sequence("履歴番号", "historySeq", true),
            sequence("記載順位", "listingOrder", false),
            code("続柄区分", "relationshipType"),
            code("続柄コード1", "relationshipCode1"),
            code("続柄コード2", "relationshipCode2"),
            code("続柄コード3", "relationshipCode3"),
            code("続柄コード4", "relationshipCode4"),
            text("続柄名称", "relationshipName", 30, false),
            text("表示用続柄", "relationshipDisplay", 30, false),
            date("適用開始年月日", "coverageStartDate"),
            date("税用開始年月日", "taxStartDate"),
            new InterchangeItem("適用開始事由", "coverageStartReason", ACQUISITION_REASON, Limits.REASON, false, false),
            date("開始届出日", "startNotifiedDate"),
            date("適用終了年月日", "coverageEndDate"),
            date("税用終了年月日", "taxEndDate"),
            new InterchangeItem("適用終了事由", "coverageEndReason", LOSS_REASON, Limits.REASON, false, false),
            date("終了届出日", "endNotifiedDate"),
            date("異動日", "changeDate"),
            code("事由", "changeReason"),
            date("届出日", "notifiedDate"),
            code("転居区分", "moveType"),
            personalId("転居国保世帯番号", "movedToNhiHouseholdNo", false),
            code("退職区分", "retireeType"),
            date("該当年月日", "retireeFromDate"),
            date("税用該当年月日", "retireeTaxFromDate"),
            date("該当届出日", "retireeFromNotifiedDate"),
            date("非該当年月日", "retireeToDate"),
            date("税用非該当年月日", "retireeTaxToDate"),
            date("非該当届出日", "retireeToNotifiedDate"),
            date("受給権発生日", "pensionEntitlementDate"),
            text("受給年金名称", "pensionName", 60, false),
            code("受給年金種別", "pensionType"),
            sequence("退職履歴番号", "retireeHistorySeq", false),
            personalId("退職本人", "retireePrincipalAtenaNo", false),
            code("退職続柄コード1", "retireeRelationshipCode1"),
            code("退職続柄コード2", "retireeRelationshipCode2"),
            code("退職続柄コード3", "retireeRelationshipCode3"),
            code("退職続柄コード4", "retireeRelationshipCode4"),
            text("退職続柄名称", "retireeRelationshipName", 30, false),
            date("資格側更新日", "qualificationUpdatedOn"),
            date("税側更新日", "taxUpdatedOn"),
            code("作成区分", "creationType"),
            flag("削除区分", "isDeleted"),
            sequence("異動日連番", "changeDateSeq", false),
            date("処理日", "processedOn"))),

    /** 緩和措置異動情報ファイル: 11 items. */
    MITIGATION_CHANGE("緩和措置異動情報ファイル", MitigationChangeRecord.class, MitigationChangeRecord::fromItemValues,
        List.of(
            personalId("宛名番号", "atenaNo", true),
            sequence("履歴番号", "historySeq", true),
            sequence("更新連番", "updateSeq", true),
            code("対象区分", "measureType"),
            date("届出日", "notifiedDate"),
            date("開始日", "startDate"),
            date("終了日", "endDate"),
            personalId("世帯番号(住基)", "jukiHouseholdNo", false),
            personalId("国保世帯番号", "nhiHouseholdNo", false),
            flag("削除区分", "isDeleted"),
            date("処理日", "processedOn"))),

    /** 国保資格取得喪失年月日連携ファイル: 26 items, from the 国保連合会. */
    PREF_QUALIFICATION_DATES("国保資格取得喪失年月日連携ファイル", PrefQualificationDatesRecord.class,
        PrefQualificationDatesRecord::fromItemValues,
        withReserved(
            List.of(
                personalId("国保世帯番号", "nhiHouseholdNo", false),
                personalId("宛名番号", "atenaNo", true),
                new InterchangeItem("市町村保険者番号", "insurerNo", INSURER_NUMBER, 6, false, false),
                text("被保険者証記号", "cardSymbol", 20, true),
                new InterchangeItem("被保険者証番号", "cardNumber", CODE, 20, false, true),
                personalId("世帯番号", "jukiHouseholdNo", false),
                date("国保資格取得届出日", "acquisitionNotifiedDate"),
                date("国保資格取得年月日", "acquisitionDate"),
                new InterchangeItem("国保資格取得事由", "acquisitionReason", ACQUISITION_REASON, Limits.REASON, false,
                    false),
                date("国保資格喪失届出日", "lossNotifiedDate"),
                date("国保資格喪失年月日", "lossDate"),
                new InterchangeItem("国保資格喪失事由", "lossReason", LOSS_REASON, Limits.REASON, false, false)),
            List.of(
                sequence("得喪履歴連番", "acqLossSeq", false),
                flag("最新区分", "isLatest"),
                sequence("履歴連番", "historySeq", false),
                date("取込日", "importedOn")))),

    /** 在留資格ファイル: 3 items. */
    RESIDENCE_STATUS("在留資格ファイル", ResidenceStatusRecord.class, ResidenceStatusRecord::fromItemValues,
        List.of(
            personalId("宛名番号", "atenaNo", true),
            new InterchangeItem("在留資格コード", "residenceStatusCode", CODE, Limits.CODE, true, false),
            date("在留期間満了日", "residenceExpiryDate")));

    private final String japaneseName;
    private final Class<? extends InterchangeRecord> recordType;
    private final Function<ItemValues, ? extends InterchangeRecord> factory;
    private final List<InterchangeItem> items;
    private final List<String> header;

    InterchangeKind(String japaneseName, Class<? extends InterchangeRecord> recordType,
            Function<ItemValues, ? extends InterchangeRecord> factory, List<InterchangeItem> items) {
        this.japaneseName = japaneseName;
        this.recordType = recordType;
        this.factory = factory;
        this.items = List.copyOf(items);
        this.header = items.stream().map(InterchangeItem::name).toList();
    }

    /** @return the file name as 別添1 writes it, for example {@code 資格異動ファイル} */
    public String japaneseName() {
        return japaneseName;
    }

    /** @return the record class that holds one row of this kind */
    public Class<? extends InterchangeRecord> recordType() {
        return recordType;
    }

    /** @return the items in file order (unmodifiable) */
    public List<InterchangeItem> items() {
        return items;
    }

    /** @return the exact header row: the item names in file order (unmodifiable) */
    public List<String> header() {
        return header;
    }

    /**
     * @param recordType one of the four record classes
     * @return the kind whose rows that class holds
     * @throws IllegalArgumentException if the class is not a record class of this package
     */
    public static InterchangeKind of(Class<? extends InterchangeRecord> recordType) {
        for (InterchangeKind kind : values()) {
            if (kind.recordType.equals(recordType)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not an interchange record type: " + recordType);
    }

    /** Builds the record of one valid row; the values are in header order. */
    InterchangeRecord create(ItemValues values) {
        return factory.apply(values);
    }

    /**
     * Builds a row of this kind from stored values, for example when a file is exported from a database.
     *
     * @param values one value per {@link #items() item}, in header order, each of the Java type its {@link ItemType}
     *        names ({@code null} for an empty cell); the array is copied
     * @return the record
     * @throws IllegalArgumentException if the number of values is not the number of items
     * @throws ClassCastException if a value is not of its item's Java type
     */
    public InterchangeRecord record(Object... values) {
        if (values.length != items.size()) {
            throw new IllegalArgumentException(name() + " has " + items.size() + " items, not " + values.length);
        }
        return factory.apply(new ItemValues(values.clone()));
    }

    /** Maximum lengths shared by several items (code points). Nested so that the constants exist before the enum
     * constants are built. */
    static final class Limits {
        /** 宛名番号 and the household numbers: up to 15 digits. */
        static final int IDENTIFIER = 15;
        /** Sequence numbers: up to 9 digits, so that they fit an {@code int}. */
        static final int SEQUENCE = 9;
        /** Codes of code tables. */
        static final int CODE = 10;
        /** Dates: the longest accepted form is 11 characters (平成31年12月31日); the rest is headroom. */
        static final int DATE = 16;
        /** Flags. */
        static final int FLAG = 1;
        /** Reasons: the longest label or constant name has 31 characters. */
        static final int REASON = 40;
        /** 予備1–10. */
        static final int RESERVED = 200;

        private Limits() {
        }
    }

    private static InterchangeItem personalId(String name, String identifier, boolean required) {
        return new InterchangeItem(name, identifier, IDENTIFIER, Limits.IDENTIFIER, required, true);
    }

    private static InterchangeItem sequence(String name, String identifier, boolean required) {
        return new InterchangeItem(name, identifier, SEQUENCE, Limits.SEQUENCE, required, false);
    }

    private static InterchangeItem code(String name, String identifier) {
        return new InterchangeItem(name, identifier, CODE, Limits.CODE, false, false);
    }

    private static InterchangeItem text(String name, String identifier, int maxLength, boolean personal) {
        return new InterchangeItem(name, identifier, TEXT, maxLength, false, personal);
    }

    private static InterchangeItem date(String name, String identifier) {
        return new InterchangeItem(name, identifier, DATE, Limits.DATE, false, false);
    }

    private static InterchangeItem flag(String name, String identifier) {
        return new InterchangeItem(name, identifier, FLAG, Limits.FLAG, true, false);
    }

    /** 予備1–10 sit between the loss reason and 得喪履歴連番. Their content is unknown, so they count as personal. */
    private static List<InterchangeItem> withReserved(List<InterchangeItem> before, List<InterchangeItem> after) {
        List<InterchangeItem> all = new ArrayList<>(before);
        for (int i = 1; i <= 10; i++) {
            all.add(text("予備" + i, "reserved" + i, Limits.RESERVED, true));
        }
        all.addAll(after);
        return all;
    }
}
