package jp.openkokuho.nhi.eligibility.internal.disclosure;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import jp.openkokuho.nhi.api.document.DocumentStatus;
import jp.openkokuho.nhi.api.document.DocumentType;
import jp.openkokuho.nhi.api.eligibility.AcquisitionReason;
import jp.openkokuho.nhi.api.eligibility.ChangeKind;
import jp.openkokuho.nhi.api.eligibility.LossReason;
import jp.openkokuho.nhi.api.eligibility.RelationshipType;
import jp.openkokuho.nhi.api.linkage.ExchangeDirection;
import jp.openkokuho.nhi.api.linkage.ProvisionRecord;
import jp.openkokuho.nhi.api.person.Sex;
import jp.openkokuho.nhi.api.privacy.MyNumber;
import jp.openkokuho.nhi.api.transfer.ChangeItems;
import jp.openkokuho.nhi.api.transfer.TransferOutcome;
import jp.openkokuho.nhi.eligibility.internal.store.CoverageVersionEntity;
import jp.openkokuho.nhi.eligibility.internal.store.DocumentEntity;
import jp.openkokuho.nhi.eligibility.internal.store.HouseholdHeadEntity;
import jp.openkokuho.nhi.eligibility.internal.store.HouseholdMemberEntity;
import jp.openkokuho.nhi.eligibility.internal.store.PersonEntity;
import jp.openkokuho.nhi.eligibility.internal.store.ResidenceStatusEntity;
import jp.openkokuho.nhi.eligibility.internal.store.RetireeVersionEntity;
import jp.openkokuho.nhi.eligibility.internal.store.TaxIncomeEntity;
import jp.openkokuho.nhi.eligibility.internal.store.TransferRecordEntity;
import jp.openkokuho.nhi.eligibility.internal.store.UnemploymentEntity;
import jp.openkokuho.nhi.eligibility.internal.store.UseSuspensionEntity;

/**
 * Reads, in the caller's transaction, everything the tenant's store holds about one person, as the rows of the
 * disclosure's sections. Every list has a total order on stored keys, so an unchanged person gives the same rows
 * each time. Times are printed in Japan time, dates as {@code yyyy-MM-dd}; codes as their Japanese names.
 */
final class DisclosureReader {
    static final String PERSON = "01_person.csv";
    static final String COVERAGE = "02_coverage_history.csv";
    static final String RETIREE = "03_retiree.csv";
    static final String HOUSEHOLD = "04_household.csv";
    static final String INCOME = "05_income.csv";
    static final String UNEMPLOYMENT = "06_unemployment.csv";
    static final String RESIDENCE = "07_residence_status.csv";
    static final String DOCUMENTS = "08_documents.csv";
    static final String SUSPENSION = "09_use_suspension.csv";
    static final String TRANSFERS = "10_transfers.csv";
    static final String PROVISIONS = "11_provision_records.csv";
    /** What the bundle says in place of the 情報提供等記録 when the linkage service does not run. */
    static final String PROVISIONS_UNAVAILABLE = "情報提供等記録は、情報連携の機能が稼働していないため、この開示書には"
        + "含まれていません。中間サーバーの記録の開示は、担当課にお申し出ください。";

    /** The Japanese names of the transferred items ({@link ChangeItems}); an item not listed is shown as stored. */
    private static final Map<String, String> ITEMS = Map.ofEntries(Map.entry(ChangeItems.ATENA_NO, "宛名番号"),
        Map.entry(ChangeItems.NHI_HOUSEHOLD_NO, "国保世帯番号"), Map.entry(ChangeItems.RELATIONSHIP_TYPE, "続柄区分"),
        Map.entry(ChangeItems.HISTORY_SEQ, "履歴番号"), Map.entry(ChangeItems.INSURER_NO, "保険者番号"),
        Map.entry(ChangeItems.COVERAGE_START_DATE, "適用開始年月日"),
        Map.entry(ChangeItems.COVERAGE_START_REASON, "適用開始事由"),
        Map.entry(ChangeItems.START_NOTIFIED_DATE, "開始届出日"), Map.entry(ChangeItems.COVERAGE_END_DATE, "適用終了年月日"),
        Map.entry(ChangeItems.COVERAGE_END_REASON, "適用終了事由"), Map.entry(ChangeItems.END_NOTIFIED_DATE, "終了届出日"),
        Map.entry(ChangeItems.PROCESSED_ON, "処理日"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private DisclosureReader() {
    }

    /** @return 宛名情報, every version */
    static Section person(EntityManager em, String atenaNo, String myNumber) {
        List<List<String>> rows = new ArrayList<>();
        for (PersonEntity p : em.createQuery("SELECT p FROM PersonEntity p WHERE p.atenaNo = :a"
                + " ORDER BY p.versionNo", PersonEntity.class).setParameter("a", atenaNo).getResultList()) {
            rows.add(List.of(String.valueOf(p.getVersionNo()), p.getAtenaNo(), p.getName(), p.getNameKana(),
                date(p.getBirthDate()), label(p.getSex(), Sex::valueOf, Sex::label), myNumber,
                time(p.getRecordedAt())));
        }
        return new Section(PERSON, "宛名情報", List.of("版", "宛名番号", "氏名", "氏名カナ", "生年月日", "性別",
            "個人番号", "記録日時"), rows, "個人番号は、保有の有無のみを表示し、番号そのものは表示しません。");
    }

    /** @return 国保資格の履歴, every history version including withdrawn ones */
    static Section coverage(EntityManager em, String atenaNo) {
        List<List<String>> rows = new ArrayList<>();
        for (CoverageVersionEntity v : em.createQuery("SELECT v FROM CoverageVersionEntity v WHERE v.atenaNo = :a"
                + " ORDER BY v.historySeq", CoverageVersionEntity.class).setParameter("a", atenaNo).getResultList()) {
            rows.add(List.of(String.valueOf(v.getHistorySeq()), String.valueOf(v.getPeriodSeq()),
                label(v.getChangeKind(), ChangeKind::valueOf, k -> k == ChangeKind.ACQUIRED ? "取得" : "喪失"),
                v.getNhiHouseholdNo(), label(v.getRelationshipType(), RelationshipType::valueOf,
                    RelationshipType::label), date(v.getCoverageStartDate()), label(v.getCoverageStartReason(),
                    AcquisitionReason::valueOf, AcquisitionReason::label), date(v.getCoverageEndDate()),
                label(v.getCoverageEndReason(), LossReason::valueOf, LossReason::label), date(v.getProcessedOn()),
                time(v.getRecordedAt()), v.isDeleted() ? "削除" : "", nz(v.getCorrectionRef())));
        }
        return new Section(COVERAGE, "国民健康保険の資格の履歴", List.of("履歴番号", "資格期間番号", "異動区分",
            "国保世帯番号", "続柄区分", "資格取得年月日", "取得事由", "資格喪失年月日", "喪失事由", "処理日", "記録日時",
            "削除区分", "訂正の根拠"), rows, "履歴はすべての版を記録した順に示します。後の版が同じ資格期間の前の版に"
                + "代わります。訂正の根拠は、訂正した版に訂正請求の受付番号などを示します。");
    }

    /** @return 退職者医療: every recorded version of the person's 退職被保険者 status */
    static Section retiree(EntityManager em, String atenaNo) {
        List<List<String>> rows = new ArrayList<>();
        for (RetireeVersionEntity r : em.createQuery("SELECT r FROM RetireeVersionEntity r WHERE r.atenaNo = :a"
                + " ORDER BY r.seq", RetireeVersionEntity.class).setParameter("a", atenaNo).getResultList()) {
            rows.add(List.of(String.valueOf(r.getSeq()), date(r.getRetireeFromDate()), date(r.getRetireeToDate()),
                date(r.getNotifiedDate()), time(r.getRecordedAt())));
        }
        return new Section(RETIREE, "退職者医療制度の該当・非該当", List.of("連番", "該当年月日", "非該当年月日", "届出日",
            "記録日時"), rows, "");
    }

    /** @return 国保世帯: the person's memberships and the households they head, every version */
    static Section household(EntityManager em, String atenaNo) {
        List<List<String>> rows = new ArrayList<>();
        for (HouseholdMemberEntity m : em.createQuery("SELECT m FROM HouseholdMemberEntity m WHERE m.atenaNo = :a"
                + " ORDER BY m.nhiHouseholdNo, m.seq", HouseholdMemberEntity.class).setParameter("a", atenaNo)
                .getResultList()) {
            rows.add(List.of("世帯員", m.getNhiHouseholdNo(), String.valueOf(m.getSeq()), m.isActive() ? "在籍" : "除籍",
                String.valueOf(m.getListingOrder()), label(m.getRelationshipType(), RelationshipType::valueOf,
                    RelationshipType::label), m.getRelationshipName(), date(m.getValidFrom()), time(m.getRecordedAt())));
        }
        for (HouseholdHeadEntity h : em.createQuery("SELECT h FROM HouseholdHeadEntity h WHERE h.headAtenaNo = :a"
                + " ORDER BY h.nhiHouseholdNo, h.seq", HouseholdHeadEntity.class).setParameter("a", atenaNo)
                .getResultList()) {
            rows.add(List.of("世帯主", h.getNhiHouseholdNo(), String.valueOf(h.getSeq()), "", "", "",
                h.isDeemedHead() ? "擬制世帯主" : "世帯主", date(h.getValidFrom()), time(h.getRecordedAt())));
        }
        return new Section(HOUSEHOLD, "国民健康保険の世帯", List.of("区分", "国保世帯番号", "連番", "在籍", "記載順位",
            "続柄区分", "続柄", "適用開始日", "記録日時"), rows, "");
    }

    /** @return 所得: every income record held, every version */
    static Section income(EntityManager em, String atenaNo) {
        List<List<String>> rows = new ArrayList<>();
        for (TaxIncomeEntity t : em.createQuery("SELECT t FROM TaxIncomeEntity t WHERE t.atenaNo = :a"
                + " ORDER BY t.fiscalYear, t.seq", TaxIncomeEntity.class).setParameter("a", atenaNo).getResultList()) {
            rows.add(List.of(String.valueOf(t.getFiscalYear()), String.valueOf(t.getSeq()),
                String.valueOf(t.getTaxableIncome()), String.valueOf(t.getOldProvisoIncome()),
                String.valueOf(t.getRevenue()), String.valueOf(t.getSalaryIncome()), time(t.getImportedAt())));
        }
        return new Section(INCOME, "所得（市町村民税の課税情報から取得）", List.of("年度", "連番", "課税所得",
            "旧ただし書所得", "収入", "給与所得", "取込日時"), rows, "金額の単位は円です。");
    }

    /** @return 非自発的失業者の届出 */
    static Section unemployment(EntityManager em, String atenaNo) {
        List<List<String>> rows = new ArrayList<>();
        for (UnemploymentEntity u : em.createQuery("SELECT u FROM UnemploymentEntity u WHERE u.atenaNo = :a"
                + " ORDER BY u.separationDate", UnemploymentEntity.class).setParameter("a", atenaNo).getResultList()) {
            rows.add(List.of(date(u.getSeparationDate()), u.getSeparationReasonCode(), date(u.getApplicationDate()),
                time(u.getRecordedAt())));
        }
        return new Section(UNEMPLOYMENT, "非自発的失業者の軽減の届出", List.of("離職年月日", "離職理由コード", "届出日",
            "記録日時"), rows, "");
    }

    /** @return 在留資格: every row imported for the person */
    static Section residence(EntityManager em, String atenaNo) {
        List<List<String>> rows = new ArrayList<>();
        for (ResidenceStatusEntity r : em.createQuery("SELECT r FROM ResidenceStatusEntity r WHERE r.atenaNo = :a"
                + " ORDER BY r.seq", ResidenceStatusEntity.class).setParameter("a", atenaNo).getResultList()) {
            rows.add(List.of(String.valueOf(r.getSeq()), nz(r.getResidenceStatusCode()),
                date(r.getResidenceExpiryDate()), time(r.getImportedAt())));
        }
        return new Section(RESIDENCE, "在留資格（住民基本台帳から取得）", List.of("連番", "在留資格コード", "在留期間満了日",
            "取込日時"), rows, "");
    }

    /** @return 交付した証: every version of every document issued to the person */
    static Section documents(EntityManager em, String atenaNo) {
        List<List<String>> rows = new ArrayList<>();
        for (DocumentEntity d : em.createQuery("SELECT d FROM DocumentEntity d WHERE d.atenaNo = :a"
                + " ORDER BY d.recordedAt, d.documentId, d.version", DocumentEntity.class).setParameter("a", atenaNo)
                .getResultList()) {
            rows.add(List.of(d.getDocumentId(), String.valueOf(d.getVersion()), label(d.getDocumentType(),
                DocumentType::valueOf, DocumentType::label), label(d.getStatus(), DocumentStatus::valueOf,
                    DocumentStatus::label), date(d.getIssueDate()), date(d.getEffectiveDate()),
                date(d.getExpiryDate()), d.getCardSymbol(), d.getCardNumber(), d.getBranchNo(),
                d.getCopayRate() == null ? "" : d.getCopayRate() + "割", date(d.getStatusDate()), d.getReason(),
                date(d.getProcessedOn())));
        }
        return new Section(DOCUMENTS, "交付した証", List.of("証の番号", "版", "種別", "状態", "交付日", "有効開始日",
            "有効期限", "記号", "番号", "枝番", "一部負担金の割合", "状態の日", "理由", "処理日"), rows, "");
    }

    /** @return 利用停止: every suspension of the person */
    static Section suspensions(EntityManager em, String atenaNo) {
        List<List<String>> rows = new ArrayList<>();
        for (UseSuspensionEntity s : em.createQuery("SELECT s FROM UseSuspensionEntity s WHERE s.atenaNo = :a"
                + " ORDER BY s.suspensionId", UseSuspensionEntity.class).setParameter("a", atenaNo).getResultList()) {
            rows.add(List.of(s.getRequestRef(), time(s.getSuspendedAt()), s.getResumeRef() == null ? ""
                : s.getResumeRef(), time(s.getResumedAt()), s.getResumedAt() == null ? "停止中" : "解除済"));
        }
        return new Section(SUSPENSION, "利用停止", List.of("請求番号", "停止日時", "解除の請求番号", "解除日時", "状態"),
            rows, "利用停止の間、庁内の移転先への移転は保留されます。");
    }

    /**
     * @param names destination id → name, for the destinations whose bundles run
     * @return 移転記録: every delivery attempt of the person's changes to an in-house destination
     */
    static Section transfers(EntityManager em, String atenaNo, Map<String, String> names) {
        List<List<String>> rows = new ArrayList<>();
        for (TransferRecordEntity r : em.createQuery("SELECT r FROM TransferRecordEntity r WHERE r.subjectKey = :a"
                + " ORDER BY r.recordId", TransferRecordEntity.class).setParameter("a", atenaNo).getResultList()) {
            rows.add(List.of(names.getOrDefault(r.getDestinationId(), r.getDestinationId()), r.getLegalBasis(),
                String.join("・", r.getItems().isEmpty() ? List.of() : Stream.of(r.getItems().split(","))
                    .map(i -> ITEMS.getOrDefault(i, i)).toList()),
                time(r.getAttemptedAt()), label(r.getOutcome(), TransferOutcome::valueOf, o -> switch (o) {
                    case DELIVERED -> "移転済";
                    case FAILED -> "失敗（再送）";
                    case DEAD -> "移転不能";
                }), String.valueOf(r.getEventSeq())));
        }
        return new Section(TRANSFERS, "移転の記録（庁内の他の事務への提供）", List.of("移転先", "法令上の根拠",
            "移転した項目", "日時", "結果", "異動の通番"), rows, "");
    }

    /**
     * @param records the person's 情報提供等記録, or {@code null} if the linkage service does not run
     * @return 情報提供等記録
     */
    static Section provisions(List<ProvisionRecord> records) {
        List<String> headers = List.of("記録番号", "区分", "項目（別表第二）", "相手方", "日時", "法令上の根拠", "結果",
            "保存期限");
        if (records == null) {
            return new Section(PROVISIONS, "情報提供等記録", headers, List.of(), PROVISIONS_UNAVAILABLE);
        }
        List<List<String>> rows = new ArrayList<>();
        for (ProvisionRecord p : records.stream().sorted(Comparator.comparingLong(ProvisionRecord::recordId)).toList()) {
            rows.add(List.of(String.valueOf(p.recordId()), p.direction() == ExchangeDirection.INQUIRY ? "情報照会"
                : "情報提供", String.join("・", p.itemNos().stream().map(String::valueOf).toList()),
                nz(p.counterpart()), p.requestedAt() == null ? "" : time(LocalDateTime.ofInstant(p.requestedAt(),
                    ZoneOffset.UTC)), nz(p.legalBasis()), outcome(p.outcome()), date(p.retainUntil())));
        }
        return new Section(PROVISIONS, "情報提供等記録", headers, rows,
            "情報提供ネットワークシステムを通じた情報照会・情報提供の記録です（番号法第23条）。");
    }

    /** @return whether an individual number is held, as its mask; the digits are never read */
    static String myNumberHeld(EntityManager em, String atenaNo) {
        long n = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM NHI_MY_NUMBER WHERE ATENA_NO = ?1")
            .setParameter(1, atenaNo).getSingleResult()).longValue();
        return n > 0 ? MyNumber.MASK : MyNumber.ABSENT;
    }

    private static String outcome(String o) {
        return switch (o == null ? "" : o) {
            case "SENT" -> "送信済";
            case "FAILED" -> "失敗";
            case "REFUSED" -> "拒否（提供可能な項目外）";
            default -> nz(o);
        };
    }

    /** The Japanese label of a stored enum name; the stored value itself if this software does not know it. */
    private static <E> String label(String stored, Function<String, E> parse, Function<E, String> label) {
        if (stored == null) {
            return "";
        }
        try {
            return label.apply(parse.apply(stored));
        } catch (IllegalArgumentException e) {
            return stored;
        }
    }

    static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    /** @return a stored UTC time as Japan time */
    static String time(LocalDateTime utc) {
        return utc == null ? "" : utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(RequestInputs.JAPAN).format(TIME);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
