-- Tenant store, version 5: persons (宛名), 国保世帯 with head and member history, tax income, 非自発的失業者
-- applications and 退職者医療 corrections. Every table is append-only: a change inserts a row, nothing is updated
-- except the household's optimistic-lock version counter in NHI_HOUSEHOLD.

-- Persons: one row per version of a person's particulars; the highest VERSION_NO is current.
CREATE TABLE NHI_PERSON (
  ID          VARCHAR(36)  NOT NULL PRIMARY KEY,
  ATENA_NO    VARCHAR(15)  NOT NULL,
  VERSION_NO  INTEGER      NOT NULL,
  NAME        VARCHAR(100) NOT NULL,
  NAME_KANA   VARCHAR(100) NOT NULL,
  BIRTH_DATE  DATE         NOT NULL,
  SEX         VARCHAR(10)  NOT NULL,
  RECORDED_AT TIMESTAMP    NOT NULL,
  CONSTRAINT NHI_PERSON_VERSION UNIQUE (ATENA_NO, VERSION_NO)
);

-- 国保世帯: the number and the version counter every household change increments (optimistic locking).
CREATE TABLE NHI_HOUSEHOLD (
  NHI_HOUSEHOLD_NO VARCHAR(15) NOT NULL PRIMARY KEY,
  VERSION_NO       BIGINT      NOT NULL,
  CREATED_AT       TIMESTAMP   NOT NULL
);

-- 世帯主 history: from VALID_FROM on, HEAD_ATENA_NO is the head; DEEMED_HEAD = 擬制世帯主 (not NHI insured).
CREATE TABLE NHI_HOUSEHOLD_HEAD (
  ID                VARCHAR(36) NOT NULL PRIMARY KEY,
  NHI_HOUSEHOLD_NO  VARCHAR(15) NOT NULL,
  SEQ               INTEGER     NOT NULL,
  HEAD_ATENA_NO     VARCHAR(15) NOT NULL,
  DEEMED_HEAD       BOOLEAN     NOT NULL,
  VALID_FROM        DATE        NOT NULL,
  HOUSEHOLD_VERSION BIGINT      NOT NULL,
  RECORDED_AT       TIMESTAMP   NOT NULL,
  CONSTRAINT NHI_HOUSEHOLD_HEAD_SEQ UNIQUE (NHI_HOUSEHOLD_NO, SEQ)
);

-- Membership history: from VALID_FROM on, the person is (ACTIVE) or is no longer (not ACTIVE) an insured member, with
-- 記載順位 and 続柄.
CREATE TABLE NHI_HOUSEHOLD_MEMBER (
  ID                VARCHAR(36) NOT NULL PRIMARY KEY,
  NHI_HOUSEHOLD_NO  VARCHAR(15) NOT NULL,
  SEQ               INTEGER     NOT NULL,
  ATENA_NO          VARCHAR(15) NOT NULL,
  ACTIVE            BOOLEAN     NOT NULL,
  LISTING_ORDER     INTEGER     NOT NULL,
  RELATIONSHIP_TYPE VARCHAR(10) NOT NULL,
  RELATIONSHIP_NAME VARCHAR(30) NOT NULL,
  VALID_FROM        DATE        NOT NULL,
  HOUSEHOLD_VERSION BIGINT      NOT NULL,
  RECORDED_AT       TIMESTAMP   NOT NULL,
  CONSTRAINT NHI_HOUSEHOLD_MEMBER_SEQ UNIQUE (NHI_HOUSEHOLD_NO, SEQ)
);
CREATE INDEX NHI_HOUSEHOLD_MEMBER_PERSON ON NHI_HOUSEHOLD_MEMBER (ATENA_NO);

-- 地方税関係情報: one row per imported person and 課税年度; a later import of the same person and year appends a
-- higher SEQ that supersedes the earlier row.
CREATE TABLE NHI_TAX_INCOME (
  ID                 VARCHAR(36) NOT NULL PRIMARY KEY,
  ATENA_NO           VARCHAR(15) NOT NULL,
  FISCAL_YEAR        INTEGER     NOT NULL,
  SEQ                INTEGER     NOT NULL,
  TAXABLE_INCOME     BIGINT      NOT NULL,
  OLD_PROVISO_INCOME BIGINT      NOT NULL,
  REVENUE            BIGINT      NOT NULL,
  SALARY_INCOME      BIGINT      NOT NULL,
  IMPORT_SHA256      VARCHAR(64) NOT NULL,
  LINE_NO            BIGINT      NOT NULL,
  IMPORTED_AT        TIMESTAMP   NOT NULL,
  CONSTRAINT NHI_TAX_INCOME_SEQ UNIQUE (ATENA_NO, FISCAL_YEAR, SEQ)
);

-- 非自発的失業者 軽減 applications that passed R11.
CREATE TABLE NHI_INVOLUNTARY_UNEMPLOYMENT (
  ID                     VARCHAR(36) NOT NULL PRIMARY KEY,
  ATENA_NO               VARCHAR(15) NOT NULL,
  SEPARATION_DATE        DATE        NOT NULL,
  SEPARATION_REASON_CODE VARCHAR(2)  NOT NULL,
  APPLICATION_DATE       DATE        NOT NULL,
  RECORDED_AT            TIMESTAMP   NOT NULL,
  CONSTRAINT NHI_INVOLUNTARY_UNEMPLOYMENT_ONE UNIQUE (ATENA_NO, SEPARATION_DATE)
);

-- 退職者医療 (legacy, R10): corrections of a person's retiree period, one row per recorded version.
CREATE TABLE NHI_RETIREE_VERSION (
  ID                   VARCHAR(36) NOT NULL PRIMARY KEY,
  ATENA_NO             VARCHAR(15) NOT NULL,
  SEQ                  INTEGER     NOT NULL,
  RETIREE_FROM_DATE    DATE        NOT NULL,
  RETIREE_TO_DATE      DATE        NOT NULL,
  NOTIFIED_DATE        DATE        NOT NULL,
  RECORDED_AT          TIMESTAMP   NOT NULL,
  CONSTRAINT NHI_RETIREE_VERSION_SEQ UNIQUE (ATENA_NO, SEQ)
);
