package jp.openkokuho.nhi.eligibility.internal.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One service operation as the access guard checks and logs it: the action name written to the operation log, what
 * kind of access it is, the purpose (利用目的 / 法令上の根拠) recorded with it, the names of the items it reads or
 * writes, and the roles that may perform it.
 *
 * <p>A new service declares its operations as constants like the ones below, e.g.
 * <pre>
 * static final Operation PERSON_READ = Operation.personalRead("person.read", "宛名情報の参照（資格管理）",
 *     List.of("atena_no", "name", "birth_date"));
 * </pre>
 * and wraps each method in {@link AccessGuard#call}. The factory methods fix the role set per kind, so that every
 * read of personal data is allowed to the same roles; use the constructor only for a deliberate exception.
 *
 * @param action the action name in the log, e.g. {@code eligibility.read} (identifier characters only)
 * @param kind what kind of access this is
 * @param purpose purpose of use or legal basis recorded with every entry (1–200 characters)
 * @param items the names of the items read or written (never values)
 * @param roles who may perform it; per-tenant roles must be held in the targeted tenant
 */
public record Operation(String action, Kind kind, String purpose, List<String> items, Set<Role> roles) {

    /** Kinds of access. */
    public enum Kind {
        /** Reads personal data of a tenant. */
        PERSONAL_READ,
        /** Changes personal data of a tenant; the entry must be sealed in the change's transaction. */
        PERSONAL_WRITE,
        /** Reads operational state of a tenant that holds no personal data. */
        ADMIN_READ,
        /** Changes operational state of a tenant without touching personal data. */
        ADMIN_WRITE,
        /** Reads or verifies the operation log. */
        AUDIT,
        /** The platform's own work on personal data (transfers to destinations). */
        SYSTEM
    }

    private static final String NHI_ACT = "国民健康保険法第9条（資格の得喪の届出）";
    private static final String NHI_MANAGEMENT = "国民健康保険の資格管理（国民健康保険法第5条〜第9条）";
    private static final String AUDIT_PURPOSE = "操作ログの監査";
    private static final String OPERATIONS = "移転処理の運用監視";

    /** 資格取得の記録. */
    public static final Operation ELIGIBILITY_ACQUIRE = personalWrite("eligibility.acquire", NHI_ACT,
        List.of("atena_no", "nhi_household_no", "relationship_type", "coverage_start_date", "coverage_start_reason",
            "event_date", "notified_date"));
    /** 資格喪失の記録. */
    public static final Operation ELIGIBILITY_LOSE = personalWrite("eligibility.lose", NHI_ACT,
        List.of("atena_no", "coverage_end_date", "coverage_end_reason", "event_date", "notified_date"));
    /** 資格期間の日付の訂正（訂正請求、転出確定など）. */
    public static final Operation ELIGIBILITY_CORRECT = personalWrite("eligibility.correct", NHI_MANAGEMENT,
        List.of("atena_no", "coverage_start_date", "coverage_end_date", "correction_ref"));
    /** 退職者医療の該当・非該当の記録. */
    public static final Operation ELIGIBILITY_RETIREE = personalWrite("eligibility.retiree", NHI_MANAGEMENT,
        List.of("atena_no", "retiree_from_date", "retiree_to_date", "notified_date"));
    /** 資格の有無（基準日）. */
    public static final Operation ELIGIBILITY_READ = personalRead("eligibility.read", NHI_MANAGEMENT,
        List.of("atena_no", "coverage_period"));
    /** 資格期間の一覧. */
    public static final Operation ELIGIBILITY_PERIODS = personalRead("eligibility.periods", NHI_MANAGEMENT,
        List.of("atena_no", "coverage_period"));
    /** 資格履歴（全版）. */
    public static final Operation ELIGIBILITY_HISTORY = personalRead("eligibility.history", NHI_MANAGEMENT,
        List.of("atena_no", "coverage_history"));
    /** 処理日時点の資格（遡及前の状態）. */
    public static final Operation ELIGIBILITY_AS_RECORDED = personalRead("eligibility.as_recorded", NHI_MANAGEMENT,
        List.of("atena_no", "coverage_history"));
    /** 連携ファイルの取込. */
    public static final Operation IMPORT_FILE = personalWrite("interchange.import", NHI_MANAGEMENT,
        List.of("interchange_file"));
    /** 連携ファイルの検査（保存しない）. */
    public static final Operation IMPORT_VALIDATE = personalRead("interchange.validate", NHI_MANAGEMENT,
        List.of("interchange_file"));
    /** 移転記録の参照: the records name persons and what was sent; auditors check them. */
    public static final Operation TRANSFER_RECORDS = new Operation("transfer.records", Kind.PERSONAL_READ,
        "移転記録の確認（番号法第23条）", List.of("transfer_record"),
        EnumSet.of(Role.CLERK, Role.SUPERVISOR, Role.AUDITOR));
    /** 移転状況（件数のみ）. */
    public static final Operation TRANSFER_STATUS = new Operation("transfer.status", Kind.ADMIN_READ, OPERATIONS,
        List.of("delivery_status"), EnumSet.of(Role.CLERK, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN, Role.SYSTEM));
    /** 移転不能分の再送. */
    public static final Operation TRANSFER_RETRY = new Operation("transfer.retry", Kind.ADMIN_WRITE, OPERATIONS,
        List.of("delivery_status"), EnumSet.of(Role.SUPERVISOR, Role.ADMIN));
    /** 移転先の一覧 (no tenant: checked, not logged). */
    public static final Operation TRANSFER_DESTINATIONS = new Operation("transfer.destinations", Kind.ADMIN_READ,
        OPERATIONS, List.of("destination"),
        EnumSet.of(Role.CLERK, Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN, Role.SYSTEM));
    /** 移転（提供）: one delivery attempt by the dispatcher; purpose and items come from the destination's policy. */
    public static final Operation TRANSFER = new Operation("transfer.deliver", Kind.SYSTEM, "移転（法令上の根拠は移転先ごと）",
        List.of(), EnumSet.of(Role.SYSTEM));
    /** 操作ログの検証. */
    public static final Operation AUDIT_VERIFY = new Operation("audit.verify", Kind.AUDIT, AUDIT_PURPOSE,
        List.of("operation_log"), EnumSet.of(Role.SUPERVISOR, Role.AUDITOR));
    /** 操作ログの検索. */
    public static final Operation AUDIT_SEARCH = new Operation("audit.search", Kind.AUDIT, AUDIT_PURPOSE,
        List.of("operation_log"), EnumSet.of(Role.SUPERVISOR, Role.AUDITOR));

    private static final String PERSONS = "宛名情報の管理（国民健康保険の資格管理）";
    private static final String HOUSEHOLDS = "国保世帯の管理（国民健康保険法第9条）";
    private static final String INCOME = "所得情報による負担割合・軽減の判定（国民健康保険法第42条、第81条）";
    private static final String DOCUMENTS = "資格確認書・被保険者証等の交付（国民健康保険法第9条）";
    private static final String MY_NUMBER = "個人番号の利用（番号法第9条第1項 別表）";
    private static final String SUSPENSION = "個人番号の利用停止（個人情報保護法第98条）";
    private static final String RETENTION = "保存期間を過ぎた記録の消去（個人情報保護法第22条）";

    /** 宛名情報の登録・訂正. */
    public static final Operation PERSON_REGISTER = personalWrite("person.register", PERSONS,
        List.of("atena_no", "name", "name_kana", "birth_date", "sex"));
    /** 宛名情報の参照. */
    public static final Operation PERSON_READ = personalRead("person.read", PERSONS,
        List.of("atena_no", "name", "name_kana", "birth_date", "sex"));
    /** 国保世帯の参照（世帯番号または宛名番号から）. */
    public static final Operation HOUSEHOLD_READ = personalRead("household.read", HOUSEHOLDS,
        List.of("nhi_household_no", "atena_no", "relationship_type", "listing_order"));
    /** 世帯主変更. */
    public static final Operation HOUSEHOLD_HEAD_CHANGE = personalWrite("household.head_change", HOUSEHOLDS,
        List.of("nhi_household_no", "atena_no", "relationship_type", "effective_date"));
    /** 記載順位・続柄の変更. */
    public static final Operation HOUSEHOLD_MEMBERSHIP_CHANGE = personalWrite("household.membership_change",
        HOUSEHOLDS, List.of("nhi_household_no", "atena_no", "listing_order", "relationship_name", "effective_date"));
    /** 所得ファイルの取込. */
    public static final Operation INCOME_IMPORT = personalWrite("income.import", INCOME, List.of("income_file"));
    /** 所得の参照. */
    public static final Operation INCOME_READ = personalRead("income.read", INCOME,
        List.of("atena_no", "fiscal_year", "taxable_income", "old_proviso_income", "revenue", "salary_income"));
    /** 非自発的失業者の届出の記録. */
    public static final Operation UNEMPLOYMENT_REGISTER = personalWrite("income.unemployment", INCOME,
        List.of("atena_no", "separation_date", "separation_reason_code", "application_date"));
    /** 一部負担金の割合の判定. */
    public static final Operation BURDEN_RATE = personalRead("income.burden_rate", INCOME,
        List.of("atena_no", "birth_date", "taxable_income", "revenue", "copay_rate"));
    /** 世帯の所得区分の判定. */
    public static final Operation INCOME_CATEGORY = personalRead("income.category", INCOME,
        List.of("nhi_household_no", "atena_no", "taxable_income", "income_category"));
    /** 資格確認書等の交付. */
    public static final Operation DOCUMENT_ISSUE = personalWrite("document.issue", DOCUMENTS,
        List.of("atena_no", "document_type", "effective_date", "card_symbol", "card_number"));
    /** 再交付. */
    public static final Operation DOCUMENT_REISSUE = personalWrite("document.reissue", DOCUMENTS,
        List.of("document_id", "reason"));
    /** 返還の記録. */
    public static final Operation DOCUMENT_RETURN = personalWrite("document.return", DOCUMENTS,
        List.of("document_id", "return_date"));
    /** 交付記録の一覧. */
    public static final Operation DOCUMENT_LIST = personalRead("document.list", DOCUMENTS,
        List.of("atena_no", "document_type", "card_symbol", "card_number", "status"));
    /** 帳票の作成（印刷用PDF）: reads the name, birth date and sex printed on the document. */
    public static final Operation DOCUMENT_RENDER = personalRead("document.render", DOCUMENTS,
        List.of("document_id", "name", "birth_date", "sex", "card_symbol", "card_number"));
    /** 一斉更新: issues documents for every expiring one of the municipality at once, so a supervisor's decision. */
    public static final Operation DOCUMENT_RENEWAL = new Operation("document.renewal", Kind.PERSONAL_WRITE,
        "資格確認書等の一斉更新（国民健康保険法第9条）", List.of("atena_no", "document_type", "effective_date"),
        EnumSet.of(Role.SUPERVISOR));
    /**
     * 連携ファイルの一括出力: every person of the municipality leaves the platform at once, so only a supervisor may
     * do it and the purpose the supervisor gives is logged instead of the one here.
     */
    public static final Operation EXPORT_FILE = new Operation("interchange.export", Kind.PERSONAL_READ,
        "連携ファイルの一括出力", List.of("interchange_file"), EnumSet.of(Role.SUPERVISOR));
    /** 個人番号と宛名番号の紐付け. */
    public static final Operation MY_NUMBER_LINK = personalWrite("mynumber.link", MY_NUMBER,
        List.of("atena_no", "my_number"));
    /** 個人番号から宛名番号の検索（ブラインドインデックス）. */
    public static final Operation MY_NUMBER_FIND = personalRead("mynumber.find", MY_NUMBER,
        List.of("my_number", "atena_no"));
    /** 個人番号の保有の有無（復号しない）. */
    public static final Operation MY_NUMBER_PRESENCE = personalRead("mynumber.presence", MY_NUMBER,
        List.of("atena_no", "my_number_presence"));
    /** 個人番号の復号; the entry carries the purpose the caller gave ({@code MyNumberPurpose}). */
    public static final Operation MY_NUMBER_REVEAL = personalRead("mynumber.reveal", MY_NUMBER,
        List.of("atena_no", "my_number"));
    /**
     * 鍵の更新: re-encrypts ciphertexts under a new key without anything in clear leaving the service, so it is
     * administration, allowed to the municipality's supervisor and to the vendor administrator who runs the platform.
     */
    public static final Operation MY_NUMBER_ROTATE_KEY = new Operation("mynumber.rotate_key", Kind.ADMIN_WRITE,
        "暗号鍵の更新（特定個人情報の安全管理措置）", List.of("my_number_ciphertext", "blind_index"),
        EnumSet.of(Role.SUPERVISOR, Role.ADMIN));
    /** 利用停止. */
    public static final Operation USE_SUSPEND = new Operation("mynumber.suspend", Kind.PERSONAL_WRITE, SUSPENSION,
        List.of("atena_no", "request_reference"), EnumSet.of(Role.SUPERVISOR));
    /** 利用停止の解除. */
    public static final Operation USE_RESUME = new Operation("mynumber.resume", Kind.PERSONAL_WRITE, SUSPENSION,
        List.of("atena_no", "resume_reference"), EnumSet.of(Role.SUPERVISOR));
    /** 利用停止の履歴. */
    public static final Operation USE_SUSPENSION_HISTORY = personalRead("mynumber.suspension_history", SUSPENSION,
        List.of("atena_no", "request_reference", "resume_reference"));
    /**
     * 保存期間経過分の消去 on command: deletes whole expired records by date and reads none of them, so it is
     * administration, allowed to the supervisor and the vendor administrator.
     */
    public static final Operation RETENTION_PURGE = new Operation("retention.purge", Kind.ADMIN_WRITE, RETENTION,
        List.of("retained_record"), EnumSet.of(Role.SUPERVISOR, Role.ADMIN));
    /** The same purge run by the platform's schedule ({@code purge.interval.hours}). */
    public static final Operation RETENTION_PURGE_SCHEDULED = new Operation("retention.purge_scheduled",
        Kind.SYSTEM, RETENTION, List.of("retained_record"), EnumSet.of(Role.SYSTEM));
    /** 消去記録（件数のみ）の参照. */
    public static final Operation RETENTION_LOG = new Operation("retention.log", Kind.ADMIN_READ, RETENTION,
        List.of("purge_record"), EnumSet.of(Role.SUPERVISOR, Role.AUDITOR, Role.ADMIN));

    private static final String DISCLOSURE = "保有個人情報の開示（個人情報保護法第76条、番号法第30条）";
    private static final String PRIVACY_REQUESTS = "開示・訂正・利用停止請求への対応（個人情報保護法第76条・第90条・第98条）";
    private static final String CORRECTION = "保有個人情報の訂正（個人情報保護法第90条）";
    private static final String INQUIRIES = "特定個人情報ファイルの取扱いに関する問合せの記録（特定個人情報保護評価書IV-2）";

    /** 開示・訂正・利用停止請求の受付. */
    public static final Operation PRIVACY_REQUEST_REGISTER = personalWrite("privacy_request.register",
        PRIVACY_REQUESTS, List.of("request_reference", "request_kind", "atena_no", "received_on",
            "requester_relation"));
    /**
     * 請求の一覧・参照: names persons and what they asked for, never their data; auditors check that requests are
     * answered.
     */
    public static final Operation PRIVACY_REQUEST_LIST = new Operation("privacy_request.list", Kind.PERSONAL_READ,
        PRIVACY_REQUESTS, List.of("request_reference", "request_kind", "atena_no", "request_status"),
        EnumSet.of(Role.CLERK, Role.SUPERVISOR, Role.AUDITOR));
    /** 請求の完了（決定の記録）. */
    public static final Operation PRIVACY_REQUEST_CLOSE = personalWrite("privacy_request.close", PRIVACY_REQUESTS,
        List.of("request_reference", "request_outcome", "closing_note"));
    /** 利用停止請求による利用停止: a supervisor's decision, as {@link #USE_SUSPEND}. */
    public static final Operation PRIVACY_REQUEST_SUSPEND = new Operation("privacy_request.suspend",
        Kind.PERSONAL_WRITE, SUSPENSION, List.of("request_reference", "atena_no"), EnumSet.of(Role.SUPERVISOR));
    /** 訂正請求による訂正. */
    public static final Operation PRIVACY_REQUEST_CORRECT = personalWrite("privacy_request.correct", CORRECTION,
        List.of("request_reference", "atena_no", "coverage_history"));
    /**
     * 開示書類の作成: every record of one person leaves the platform on paper, so only a supervisor may produce it.
     * The production is recorded against the request in the same transaction as this entry.
     */
    public static final Operation DISCLOSURE_PRODUCE = new Operation("disclosure.produce", Kind.PERSONAL_READ,
        DISCLOSURE, List.of("request_reference", "atena_no", "name", "name_kana", "birth_date", "sex",
            "coverage_history", "household_membership", "tax_income", "document", "use_suspension",
            "transfer_record", "provision_record", "my_number_held"), EnumSet.of(Role.SUPERVISOR));
    /** 問合せの記録. */
    public static final Operation INQUIRY_RECORD = personalWrite("inquiry.record", INQUIRIES,
        List.of("atena_no", "inquiry_channel", "inquiry_summary", "inquiry_response"));
    /** 問合せ記録の参照（本人別・期間別）. */
    public static final Operation INQUIRY_LIST = personalRead("inquiry.list", INQUIRIES,
        List.of("atena_no", "inquiry_channel", "inquiry_summary", "inquiry_response"));

    /** Every operation of the privacy-request, disclosure and inquiry services. */
    public static final List<Operation> REQUESTS = List.of(PRIVACY_REQUEST_REGISTER, PRIVACY_REQUEST_LIST,
        PRIVACY_REQUEST_CLOSE, PRIVACY_REQUEST_SUSPEND, PRIVACY_REQUEST_CORRECT, DISCLOSURE_PRODUCE, INQUIRY_RECORD,
        INQUIRY_LIST);

    /** Every operation of the person, household, income, document, export and privacy services. */
    public static final List<Operation> REGISTERS = List.of(PERSON_REGISTER, PERSON_READ, HOUSEHOLD_READ,
        HOUSEHOLD_HEAD_CHANGE, HOUSEHOLD_MEMBERSHIP_CHANGE, INCOME_IMPORT, INCOME_READ, UNEMPLOYMENT_REGISTER,
        BURDEN_RATE, INCOME_CATEGORY, DOCUMENT_ISSUE, DOCUMENT_REISSUE, DOCUMENT_RETURN, DOCUMENT_LIST,
        DOCUMENT_RENDER, DOCUMENT_RENEWAL, EXPORT_FILE, MY_NUMBER_LINK, MY_NUMBER_FIND, MY_NUMBER_PRESENCE, MY_NUMBER_REVEAL,
        MY_NUMBER_ROTATE_KEY, USE_SUSPEND, USE_RESUME, USE_SUSPENSION_HISTORY, RETENTION_PURGE,
        RETENTION_PURGE_SCHEDULED, RETENTION_LOG);

    /** Every operation of the core's services, for the role × operation matrix test and the docs. */
    public static final List<Operation> CORE = List.of(ELIGIBILITY_ACQUIRE, ELIGIBILITY_LOSE, ELIGIBILITY_CORRECT,
        ELIGIBILITY_RETIREE, ELIGIBILITY_READ, ELIGIBILITY_PERIODS, ELIGIBILITY_HISTORY, ELIGIBILITY_AS_RECORDED, IMPORT_FILE, IMPORT_VALIDATE,
        TRANSFER_RECORDS, TRANSFER_STATUS, TRANSFER_RETRY, TRANSFER_DESTINATIONS, TRANSFER, AUDIT_VERIFY,
        AUDIT_SEARCH);

    /** Validates and copies. */
    public Operation {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(purpose, "purpose");
        items = List.copyOf(items);
        roles = Set.copyOf(roles);
        if (roles.contains(Role.SYSTEM) && kind != Kind.SYSTEM && kind != Kind.ADMIN_READ
                || kind == Kind.SYSTEM && !roles.equals(Set.of(Role.SYSTEM))) {
            // the platform's own work: transfers, and reading delivery state for its health check
            throw new IllegalArgumentException(action + ": the system does SYSTEM operations and reads"
                + " non-personal state only; SYSTEM operations are the system's alone");
        }
        if ((kind == Kind.PERSONAL_READ || kind == Kind.PERSONAL_WRITE) && roles.contains(Role.ADMIN)) {
            // the vendor administrator runs the platform and never reads personal data
            throw new IllegalArgumentException(action + ": personal data is never allowed to the vendor administrator");
        }
    }

    /**
     * @param action action name
     * @param purpose purpose or legal basis
     * @param items item names
     * @return a read of personal data, allowed to clerks and supervisors of the tenant
     */
    public static Operation personalRead(String action, String purpose, List<String> items) {
        return new Operation(action, Kind.PERSONAL_READ, purpose, items, EnumSet.of(Role.CLERK, Role.SUPERVISOR));
    }

    /**
     * @param action action name
     * @param purpose purpose or legal basis
     * @param items item names
     * @return a change of personal data, allowed to clerks and supervisors of the tenant
     */
    public static Operation personalWrite(String action, String purpose, List<String> items) {
        return new Operation(action, Kind.PERSONAL_WRITE, purpose, items, EnumSet.of(Role.CLERK, Role.SUPERVISOR));
    }

    /** @return whether the operation changes a tenant's data (its entry belongs in the change's transaction) */
    public boolean writes() {
        return kind == Kind.PERSONAL_WRITE || kind == Kind.ADMIN_WRITE || kind == Kind.SYSTEM;
    }
}
