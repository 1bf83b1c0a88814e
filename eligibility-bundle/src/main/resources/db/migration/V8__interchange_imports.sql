-- Tenant store, version 5: the imported rows of the 資格異動ファイル, 緩和措置異動情報ファイル and
-- 国保資格取得喪失年月日連携ファイル (別添1), every item of every row, appended in file order. Portable SQL only.
-- Rows are never updated or deleted: 削除区分 marks a logical deletion and a correction is a later row (a new version
-- with its own 履歴番号 / 異動日連番 / 処理日). ROW_SEQ is the order of arrival (taken from NHI_COUNTER under its row
-- lock), which export follows; IMPORT_SHA256 + LINE_NO name the file line a row came from (NHI_IMPORT_LOG).
-- Item columns are named after the glossary identifiers (docs/interchange-files.md); reasons hold the constant name.
INSERT INTO NHI_COUNTER (COUNTER_NAME, COUNTER_VALUE) VALUES ('interchange_row', 0);

-- COVERAGE_HISTORY_SEQ: the NHI_COVERAGE_VERSION.HISTORY_SEQ (same ATENA_NO) this row was recorded as.
CREATE TABLE NHI_QUALIFICATION_CHANGE (
  ROW_SEQ               BIGINT      NOT NULL PRIMARY KEY,
  IMPORT_SHA256         VARCHAR(64) NOT NULL,
  LINE_NO               BIGINT      NOT NULL,
  IMPORTED_AT           TIMESTAMP   NOT NULL,
  COVERAGE_HISTORY_SEQ  INTEGER,
  NHI_HOUSEHOLD_NO      VARCHAR(15), -- 国保世帯番号
  FORMER_MUNICIPALITY_CODE VARCHAR(10), -- 旧自治体区分
  ATENA_NO              VARCHAR(15), -- 宛名番号
  HISTORY_SEQ           INTEGER,    -- 履歴番号
  LISTING_ORDER         INTEGER,    -- 記載順位
  RELATIONSHIP_TYPE     VARCHAR(10), -- 続柄区分
  RELATIONSHIP_CODE1    VARCHAR(10), -- 続柄コード1
  RELATIONSHIP_CODE2    VARCHAR(10), -- 続柄コード2
  RELATIONSHIP_CODE3    VARCHAR(10), -- 続柄コード3
  RELATIONSHIP_CODE4    VARCHAR(10), -- 続柄コード4
  RELATIONSHIP_NAME     VARCHAR(60), -- 続柄名称
  RELATIONSHIP_DISPLAY  VARCHAR(60), -- 表示用続柄
  COVERAGE_START_DATE   DATE,       -- 適用開始年月日
  TAX_START_DATE        DATE,       -- 税用開始年月日
  COVERAGE_START_REASON VARCHAR(40), -- 適用開始事由
  START_NOTIFIED_DATE   DATE,       -- 開始届出日
  COVERAGE_END_DATE     DATE,       -- 適用終了年月日
  TAX_END_DATE          DATE,       -- 税用終了年月日
  COVERAGE_END_REASON   VARCHAR(40), -- 適用終了事由
  END_NOTIFIED_DATE     DATE,       -- 終了届出日
  CHANGE_DATE           DATE,       -- 異動日
  CHANGE_REASON         VARCHAR(10), -- 事由
  NOTIFIED_DATE         DATE,       -- 届出日
  MOVE_TYPE             VARCHAR(10), -- 転居区分
  MOVED_TO_NHI_HOUSEHOLD_NO VARCHAR(15), -- 転居国保世帯番号
  RETIREE_TYPE          VARCHAR(10), -- 退職区分
  RETIREE_FROM_DATE     DATE,       -- 該当年月日
  RETIREE_TAX_FROM_DATE DATE,       -- 税用該当年月日
  RETIREE_FROM_NOTIFIED_DATE DATE,       -- 該当届出日
  RETIREE_TO_DATE       DATE,       -- 非該当年月日
  RETIREE_TAX_TO_DATE   DATE,       -- 税用非該当年月日
  RETIREE_TO_NOTIFIED_DATE DATE,       -- 非該当届出日
  PENSION_ENTITLEMENT_DATE DATE,       -- 受給権発生日
  PENSION_NAME          VARCHAR(120), -- 受給年金名称
  PENSION_TYPE          VARCHAR(10), -- 受給年金種別
  RETIREE_HISTORY_SEQ   INTEGER,    -- 退職履歴番号
  RETIREE_PRINCIPAL_ATENA_NO VARCHAR(15), -- 退職本人
  RETIREE_RELATIONSHIP_CODE1 VARCHAR(10), -- 退職続柄コード1
  RETIREE_RELATIONSHIP_CODE2 VARCHAR(10), -- 退職続柄コード2
  RETIREE_RELATIONSHIP_CODE3 VARCHAR(10), -- 退職続柄コード3
  RETIREE_RELATIONSHIP_CODE4 VARCHAR(10), -- 退職続柄コード4
  RETIREE_RELATIONSHIP_NAME VARCHAR(60), -- 退職続柄名称
  QUALIFICATION_UPDATED_ON DATE,       -- 資格側更新日
  TAX_UPDATED_ON        DATE,       -- 税側更新日
  CREATION_TYPE         VARCHAR(10), -- 作成区分
  IS_DELETED            BOOLEAN,    -- 削除区分
  CHANGE_DATE_SEQ       INTEGER,    -- 異動日連番
  PROCESSED_ON          DATE       -- 処理日
);

CREATE TABLE NHI_MITIGATION_CHANGE (
  ROW_SEQ               BIGINT      NOT NULL PRIMARY KEY,
  IMPORT_SHA256         VARCHAR(64) NOT NULL,
  LINE_NO               BIGINT      NOT NULL,
  IMPORTED_AT           TIMESTAMP   NOT NULL,
  ATENA_NO              VARCHAR(15), -- 宛名番号
  HISTORY_SEQ           INTEGER,    -- 履歴番号
  UPDATE_SEQ            INTEGER,    -- 更新連番
  MEASURE_TYPE          VARCHAR(10), -- 対象区分
  NOTIFIED_DATE         DATE,       -- 届出日
  START_DATE            DATE,       -- 開始日
  END_DATE              DATE,       -- 終了日
  JUKI_HOUSEHOLD_NO     VARCHAR(15), -- 世帯番号(住基)
  NHI_HOUSEHOLD_NO      VARCHAR(15), -- 国保世帯番号
  IS_DELETED            BOOLEAN,    -- 削除区分
  PROCESSED_ON          DATE       -- 処理日
);

CREATE TABLE NHI_PREF_QUALIFICATION_DATES (
  ROW_SEQ               BIGINT      NOT NULL PRIMARY KEY,
  IMPORT_SHA256         VARCHAR(64) NOT NULL,
  LINE_NO               BIGINT      NOT NULL,
  IMPORTED_AT           TIMESTAMP   NOT NULL,
  NHI_HOUSEHOLD_NO      VARCHAR(15), -- 国保世帯番号
  ATENA_NO              VARCHAR(15), -- 宛名番号
  INSURER_NO            VARCHAR(6), -- 市町村保険者番号
  CARD_SYMBOL           VARCHAR(40), -- 被保険者証記号
  CARD_NUMBER           VARCHAR(20), -- 被保険者証番号
  JUKI_HOUSEHOLD_NO     VARCHAR(15), -- 世帯番号
  ACQUISITION_NOTIFIED_DATE DATE,       -- 国保資格取得届出日
  ACQUISITION_DATE      DATE,       -- 国保資格取得年月日
  ACQUISITION_REASON    VARCHAR(40), -- 国保資格取得事由
  LOSS_NOTIFIED_DATE    DATE,       -- 国保資格喪失届出日
  LOSS_DATE             DATE,       -- 国保資格喪失年月日
  LOSS_REASON           VARCHAR(40), -- 国保資格喪失事由
  RESERVED1             VARCHAR(400), -- 予備1
  RESERVED2             VARCHAR(400), -- 予備2
  RESERVED3             VARCHAR(400), -- 予備3
  RESERVED4             VARCHAR(400), -- 予備4
  RESERVED5             VARCHAR(400), -- 予備5
  RESERVED6             VARCHAR(400), -- 予備6
  RESERVED7             VARCHAR(400), -- 予備7
  RESERVED8             VARCHAR(400), -- 予備8
  RESERVED9             VARCHAR(400), -- 予備9
  RESERVED10            VARCHAR(400), -- 予備10
  ACQ_LOSS_SEQ          INTEGER,    -- 得喪履歴連番
  IS_LATEST             BOOLEAN,    -- 最新区分
  HISTORY_SEQ           INTEGER,    -- 履歴連番
  IMPORTED_ON           DATE       -- 取込日
);

-- export finds the coverage versions recorded by staff (no imported row) through this index
CREATE INDEX NHI_QUALIFICATION_CHANGE_VERSION ON NHI_QUALIFICATION_CHANGE (ATENA_NO, COVERAGE_HISTORY_SEQ);
CREATE INDEX NHI_MITIGATION_CHANGE_PERSON ON NHI_MITIGATION_CHANGE (ATENA_NO, ROW_SEQ);
CREATE INDEX NHI_PREF_QUALIFICATION_DATES_PERSON ON NHI_PREF_QUALIFICATION_DATES (ATENA_NO, ROW_SEQ);
