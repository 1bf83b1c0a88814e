package jp.openkokuho.nhi.linkage.internal;

import java.util.List;

import jp.openkokuho.nhi.api.audit.GuardedOperation;
import jp.openkokuho.nhi.api.audit.GuardedOperation.Access;

/**
 * Every public operation of the linkage services as the platform's access guard checks and logs it
 * ({@link jp.openkokuho.nhi.api.audit.OperationGuard}): reads and writes of personal data are for the municipality's
 * clerks and supervisors; bulk exports to the 国保連合会, changes of the 情報連携 permissions and purges of the
 * 情報提供等記録 are the supervisor's.
 */
public final class LinkageOperations {
    private static final String IDENTITY = "宛名番号・個人番号・符号の管理（番号法第9条第1項 別表）";
    private static final String CONTINUITY = "転出入時の資格の継続の確認（国民健康保険法第6条、第7条）";
    private static final String DUPLICATE = "資格重複の解消（国民健康保険法第6条）";
    private static final String NETWORK = "中間サーバーによる情報照会・提供（番号法第19条第8号、第23条）";
    private static final String FEDERATION = "国保連合会への資格情報の提供（国民健康保険法第45条第5項）";
    private static final String HIGH_COST = "高額療養費の多数回該当の通算（国民健康保険法施行令第29条の3）";

    /** 宛名番号の払出し. */
    public static final GuardedOperation IDENTITY_ISSUE_ATENA_NO = op("linkage.identity.issue_atena_no", Access.WRITE,
        IDENTITY, "atena_no");
    /** 個人番号の紐付け. */
    public static final GuardedOperation IDENTITY_LINK_MY_NUMBER = op("linkage.identity.link_my_number",
        Access.WRITE, IDENTITY, "atena_no", "my_number");
    /** 個人番号から宛名番号の検索. */
    public static final GuardedOperation IDENTITY_FIND = op("linkage.identity.find", Access.READ, IDENTITY,
        "my_number", "atena_no");
    /** 符号の登録. */
    public static final GuardedOperation IDENTITY_AGENCY_CODE = op("linkage.identity.agency_code", Access.WRITE,
        IDENTITY, "atena_no", "agency_code");
    /** 宛名・符号・J-LIS確認状況の参照. */
    public static final GuardedOperation IDENTITY_READ = op("linkage.identity.read", Access.READ, IDENTITY,
        "atena_no", "agency_code", "jlis_status");
    /** J-LIS照会結果の記録. */
    public static final GuardedOperation IDENTITY_JLIS_CHECK = op("linkage.identity.jlis_check", Access.WRITE,
        IDENTITY, "atena_no", "jlis_status");
    /** 枝番の割当て. */
    public static final GuardedOperation IDENTITY_ASSIGN_BRANCHES = op("linkage.identity.assign_branches",
        Access.WRITE, IDENTITY, "nhi_household_no", "atena_no", "branch_no");
    /** 連携のための個人番号の取出し. */
    public static final GuardedOperation IDENTITY_MY_NUMBER_FOR = op("linkage.identity.my_number_for", Access.READ,
        IDENTITY, "atena_no", "my_number");
    /** 資格継続の確認. */
    public static final GuardedOperation CONTINUITY_CHECK = op("linkage.continuity.check", Access.WRITE, CONTINUITY,
        "atena_no", "coverage_period");
    /** 資格継続の確認結果の一覧. */
    public static final GuardedOperation CONTINUITY_FINDINGS = op("linkage.continuity.findings", Access.READ,
        CONTINUITY, "atena_no", "coverage_period");
    /** 転出日の訂正. */
    public static final GuardedOperation CONTINUITY_CORRECT = op("linkage.continuity.correct", Access.WRITE,
        CONTINUITY, "atena_no", "coverage_end_date");
    /** 資格重複リストの取込. */
    public static final GuardedOperation DUPLICATE_IMPORT = op("linkage.duplicate.import", Access.WRITE, DUPLICATE,
        "duplicate_list");
    /** 資格重複の候補. */
    public static final GuardedOperation DUPLICATE_CANDIDATES = op("linkage.duplicate.candidates", Access.READ,
        DUPLICATE, "atena_no", "duplicate_list");
    /** 資格重複の勧奨段階の更新. */
    public static final GuardedOperation DUPLICATE_ADVANCE = op("linkage.duplicate.advance", Access.WRITE, DUPLICATE,
        "atena_no", "duplicate_stage");
    /** 情報連携の提供可能項目の参照. */
    public static final GuardedOperation EXCHANGE_PERMITTED_ITEMS = op("linkage.exchange.permitted_items",
        Access.READ, NETWORK, "permitted_item");
    /** 提供可能項目の変更. */
    public static final GuardedOperation EXCHANGE_UPDATE_PERMITTED_ITEM = op("linkage.exchange.update_permitted_item",
        Access.SUPERVISOR, NETWORK, "permitted_item");
    /** 情報照会・提供. */
    public static final GuardedOperation EXCHANGE = op("linkage.exchange", Access.WRITE, NETWORK, "atena_no",
        "agency_code", "exchange_item");
    /** 情報提供等記録の参照. */
    public static final GuardedOperation EXCHANGE_PROVISION_LOG = op("linkage.exchange.provision_log", Access.READ,
        NETWORK, "atena_no", "provision_record");
    /** 保存期間を過ぎた情報提供等記録の消去. */
    public static final GuardedOperation EXCHANGE_PURGE = op("linkage.exchange.purge", Access.SUPERVISOR, NETWORK,
        "provision_record");
    /** 国保連合会への異動分の一括出力. */
    public static final GuardedOperation FEDERATION_EXPORT_CHANGES = op("linkage.federation.export_changes",
        Access.SUPERVISOR, FEDERATION, "federation_file");
    /** 国保連合会への全件（マスタ）出力. */
    public static final GuardedOperation FEDERATION_EXPORT_MASTER = op("linkage.federation.export_master",
        Access.SUPERVISOR, FEDERATION, "federation_file");
    /** 送付記録の参照. */
    public static final GuardedOperation FEDERATION_SENDS = op("linkage.federation.sends", Access.READ, FEDERATION,
        "federation_send");
    /** 都道府県単位の資格取得・喪失年月日の取込. */
    public static final GuardedOperation FEDERATION_IMPORT_DATES = op("linkage.federation.import_dates",
        Access.WRITE, FEDERATION, "pref_qualification_dates");
    /** 市区町村被保険者ID連携ファイルの取込. */
    public static final GuardedOperation FEDERATION_IMPORT_IDS = op("linkage.federation.import_ids", Access.WRITE,
        FEDERATION, "atena_no", "nhi_household_no", "branch_no", "insured_id");
    /** 被保険者IDの参照. */
    public static final GuardedOperation FEDERATION_INSURED_ID = op("linkage.federation.insured_id", Access.READ,
        FEDERATION, "atena_no", "insured_id");
    /** 受付結果ファイルの回収. */
    public static final GuardedOperation FEDERATION_COLLECT_RESPONSES = op("linkage.federation.collect_responses",
        Access.WRITE, FEDERATION, "federation_response");
    /** 受付結果の参照. */
    public static final GuardedOperation FEDERATION_RESPONSES = op("linkage.federation.responses", Access.READ,
        FEDERATION, "federation_response");
    /** 多数回該当の候補の検出. */
    public static final GuardedOperation HIGHCOST_DETECT = op("linkage.highcost.detect", Access.WRITE, HIGH_COST,
        "atena_no", "nhi_household_no", "high_cost_month");
    /** 多数回該当の案件一覧. */
    public static final GuardedOperation HIGHCOST_CASES = op("linkage.highcost.cases", Access.READ, HIGH_COST,
        "carry_over_case");
    /** 世帯の継続性の判断. */
    public static final GuardedOperation HIGHCOST_DECIDE = op("linkage.highcost.decide", Access.WRITE, HIGH_COST,
        "carry_over_case", "decision");
    /** 判断の確定. */
    public static final GuardedOperation HIGHCOST_CONFIRM = op("linkage.highcost.confirm", Access.WRITE, HIGH_COST,
        "carry_over_case");
    /** 転出元の該当履歴の取込. */
    public static final GuardedOperation HIGHCOST_IMPORT = op("linkage.highcost.import", Access.WRITE, HIGH_COST,
        "high_cost_history");
    /** 高額該当月の記録. */
    public static final GuardedOperation HIGHCOST_RECORD_MONTH = op("linkage.highcost.record_month", Access.WRITE,
        HIGH_COST, "nhi_household_no", "high_cost_month");
    /** 多数回該当の判定. */
    public static final GuardedOperation HIGHCOST_ASSESS = op("linkage.highcost.assess", Access.READ, HIGH_COST,
        "nhi_household_no", "high_cost_month");

    /** Every operation, for the tests and the docs. */
    public static final List<GuardedOperation> ALL = List.of(IDENTITY_ISSUE_ATENA_NO, IDENTITY_LINK_MY_NUMBER,
        IDENTITY_FIND, IDENTITY_AGENCY_CODE, IDENTITY_READ, IDENTITY_JLIS_CHECK, IDENTITY_ASSIGN_BRANCHES,
        IDENTITY_MY_NUMBER_FOR, CONTINUITY_CHECK, CONTINUITY_FINDINGS, CONTINUITY_CORRECT, DUPLICATE_IMPORT,
        DUPLICATE_CANDIDATES, DUPLICATE_ADVANCE, EXCHANGE_PERMITTED_ITEMS, EXCHANGE_UPDATE_PERMITTED_ITEM, EXCHANGE,
        EXCHANGE_PROVISION_LOG, EXCHANGE_PURGE, FEDERATION_EXPORT_CHANGES, FEDERATION_EXPORT_MASTER, FEDERATION_SENDS,
        FEDERATION_IMPORT_DATES, FEDERATION_IMPORT_IDS, FEDERATION_INSURED_ID, FEDERATION_COLLECT_RESPONSES,
        FEDERATION_RESPONSES, HIGHCOST_DETECT, HIGHCOST_CASES, HIGHCOST_DECIDE, HIGHCOST_CONFIRM, HIGHCOST_IMPORT,
        HIGHCOST_RECORD_MONTH, HIGHCOST_ASSESS);

    private LinkageOperations() {
    }

    private static GuardedOperation op(String action, Access access, String purpose, String... items) {
        return new GuardedOperation(action, access, purpose, List.of(items));
    }
}
