-- Tenant store, version 3: the tamper-evident operation log (操作ログ), see docs/security-audit-log.md.
-- Portable SQL only (runs on Apache Derby 10.14 and PostgreSQL 15): no vendor types, no vendor functions.

-- The log's sequence is taken under this counter's row lock in the writing transaction, so it is gapless and in
-- commit order: a rolled-back operation rolls its entry and its number back together.
INSERT INTO NHI_COUNTER (COUNTER_NAME, COUNTER_VALUE) VALUES ('operation_log', 0);

-- One row per logged operation. Rows are only ever inserted. Every column except ENTRY_HMAC is part of the chained
-- bytes (canonical encoding, FORMAT_VERSION 1); ENTRY_HMAC = HMAC-SHA256(key KEY_ID, previous ENTRY_HMAC || bytes).
-- No column holds a personal data value: the subject is a keyed blind index and ITEM_NAMES lists names only.
CREATE TABLE NHI_OPERATION_LOG (
  SEQ            BIGINT        NOT NULL PRIMARY KEY,
  TENANT_CODE    VARCHAR(16)   NOT NULL,
  OCCURRED_AT    TIMESTAMP     NOT NULL,
  STAFF_ID       VARCHAR(64)   NOT NULL,
  STAFF_ROLE     VARCHAR(32)   NOT NULL,
  ACTION_NAME    VARCHAR(64)   NOT NULL,
  PURPOSE        VARCHAR(200)  NOT NULL,
  SUBJECT_INDEX  VARCHAR(128)  NOT NULL,
  ITEM_NAMES     VARCHAR(1000) NOT NULL,
  OUTCOME        VARCHAR(16)   NOT NULL,
  REQUEST_ID     VARCHAR(64)   NOT NULL,
  KEY_ID         VARCHAR(32)   NOT NULL,
  FORMAT_VERSION INTEGER       NOT NULL,
  ENTRY_HMAC     VARCHAR(64)   NOT NULL
);
-- the auditor's searches: by time, by staff member, by subject
CREATE INDEX NHI_OPERATION_LOG_TIME ON NHI_OPERATION_LOG (OCCURRED_AT, SEQ);
CREATE INDEX NHI_OPERATION_LOG_STAFF ON NHI_OPERATION_LOG (STAFF_ID, SEQ);
CREATE INDEX NHI_OPERATION_LOG_SUBJECT ON NHI_OPERATION_LOG (SUBJECT_INDEX, SEQ);
