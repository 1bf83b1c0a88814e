-- Tenant store, version 1: append-only eligibility history and the transactional outbox.
-- Portable SQL only (runs on Apache Derby 10.14 and PostgreSQL 15): no vendor types, no vendor functions.

-- Counters taken under a row lock inside the writing transaction: the outbox sequence is therefore the
-- commit order of the tenant's changes.
CREATE TABLE NHI_COUNTER (
  COUNTER_NAME  VARCHAR(32) NOT NULL PRIMARY KEY,
  COUNTER_VALUE BIGINT      NOT NULL
);
INSERT INTO NHI_COUNTER (COUNTER_NAME, COUNTER_VALUE) VALUES ('outbox', 0);

-- 資格異動: one row per history version (履歴番号) of a person's coverage. Rows are only ever inserted.
CREATE TABLE NHI_COVERAGE_VERSION (
  ATENA_NO              VARCHAR(15) NOT NULL,
  HISTORY_SEQ           INTEGER     NOT NULL,
  PERIOD_SEQ            INTEGER     NOT NULL,
  CHANGE_KIND           VARCHAR(16) NOT NULL,
  NHI_HOUSEHOLD_NO      VARCHAR(15) NOT NULL,
  RELATIONSHIP_TYPE     VARCHAR(16) NOT NULL,
  COVERAGE_START_DATE   DATE        NOT NULL,
  COVERAGE_START_REASON VARCHAR(40) NOT NULL,
  START_EVENT_DATE      DATE        NOT NULL,
  START_NOTIFIED_DATE   DATE        NOT NULL,
  START_LATE            BOOLEAN     NOT NULL,
  COVERAGE_END_DATE     DATE,
  COVERAGE_END_REASON   VARCHAR(40),
  END_EVENT_DATE        DATE,
  END_NOTIFIED_DATE     DATE,
  END_LATE              BOOLEAN     NOT NULL,
  PROCESSED_ON          DATE        NOT NULL,
  RECORDED_AT           TIMESTAMP   NOT NULL,
  IS_DELETED            BOOLEAN     NOT NULL,
  EVENT_ID              VARCHAR(36) NOT NULL,
  PRIMARY KEY (ATENA_NO, HISTORY_SEQ)
);

-- Outbox: one row per committed change, written in the same transaction as the history version.
CREATE TABLE NHI_OUTBOX_EVENT (
  SEQ            BIGINT        NOT NULL PRIMARY KEY,
  EVENT_ID       VARCHAR(36)   NOT NULL,
  SUBJECT_KEY    VARCHAR(32)   NOT NULL,
  SUBJECT_SEQ    BIGINT        NOT NULL,
  CHANGE_TYPE    VARCHAR(64)   NOT NULL,
  SCHEMA_VERSION INTEGER       NOT NULL,
  PAYLOAD        VARCHAR(8000) NOT NULL,
  RECORDED_AT    TIMESTAMP     NOT NULL,
  CONSTRAINT NHI_OUTBOX_EVENT_ID UNIQUE (EVENT_ID),
  CONSTRAINT NHI_OUTBOX_SUBJECT UNIQUE (SUBJECT_KEY, SUBJECT_SEQ)
);

-- Delivery state: one row per outbox event and destination the tenant used when the change was recorded.
CREATE TABLE NHI_DELIVERY (
  EVENT_SEQ       BIGINT        NOT NULL,
  DESTINATION_ID  VARCHAR(64)   NOT NULL,
  SUBJECT_KEY     VARCHAR(32)   NOT NULL,
  SUBJECT_SEQ     BIGINT        NOT NULL,
  STATUS          VARCHAR(16)   NOT NULL,
  ATTEMPTS        INTEGER       NOT NULL,
  NEXT_ATTEMPT_AT TIMESTAMP     NOT NULL,
  CREATED_AT      TIMESTAMP     NOT NULL,
  DELIVERED_AT    TIMESTAMP,
  LAST_ERROR      VARCHAR(1000),
  PRIMARY KEY (EVENT_SEQ, DESTINATION_ID)
);
CREATE INDEX NHI_DELIVERY_QUEUE ON NHI_DELIVERY (DESTINATION_ID, STATUS, EVENT_SEQ);
CREATE INDEX NHI_DELIVERY_SUBJECT ON NHI_DELIVERY (DESTINATION_ID, SUBJECT_KEY, SUBJECT_SEQ);
