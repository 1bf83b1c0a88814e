-- Tenant store, version 5: the person's individual number (個人番号) encrypted, use suspension (利用停止) and the
-- purge log (消去記録). Portable SQL only (Derby 10.14 and PostgreSQL 15).

-- One row per person who has a number. MY_NUMBER_ENC is AES-256-GCM under the tenant's key (kept outside the
-- database) with tenant, table, column and ATENA_NO bound as associated data; MY_NUMBER_BIDX is the keyed blind
-- index used for look-ups. No other column, table or log holds the number. See docs/my-number.md.
CREATE TABLE NHI_MY_NUMBER (
  ATENA_NO       VARCHAR(15) NOT NULL PRIMARY KEY,
  MY_NUMBER_ENC  VARCHAR(96) NOT NULL,
  MY_NUMBER_BIDX VARCHAR(64) NOT NULL,
  LINKED_AT      TIMESTAMP   NOT NULL
);
CREATE INDEX NHI_MY_NUMBER_BIDX ON NHI_MY_NUMBER (MY_NUMBER_BIDX);
-- taken under its row lock by every link, so two links of one number to two persons cannot both succeed
INSERT INTO NHI_COUNTER (COUNTER_NAME, COUNTER_VALUE) VALUES ('my_number_link', 0);

-- 利用停止: one row per suspension; active while RESUMED_AT is null (at most one active row per person, enforced by
-- the service under the counter's row lock). Rows are kept as the record of the requests.
INSERT INTO NHI_COUNTER (COUNTER_NAME, COUNTER_VALUE) VALUES ('use_suspension', 0);
CREATE TABLE NHI_USE_SUSPENSION (
  SUSPENSION_ID  BIGINT      NOT NULL PRIMARY KEY,
  ATENA_NO       VARCHAR(15) NOT NULL,
  REQUEST_REF    VARCHAR(64) NOT NULL,
  SUSPENDED_AT   TIMESTAMP   NOT NULL,
  RESUME_REF     VARCHAR(64),
  RESUMED_AT     TIMESTAMP
);
CREATE INDEX NHI_USE_SUSPENSION_PERSON ON NHI_USE_SUSPENSION (ATENA_NO, RESUMED_AT);

-- 消去記録: what each purge deleted, per record kind.
INSERT INTO NHI_COUNTER (COUNTER_NAME, COUNTER_VALUE) VALUES ('purge_log', 0);
CREATE TABLE NHI_PURGE_LOG (
  PURGE_ID        BIGINT      NOT NULL PRIMARY KEY,
  KIND            VARCHAR(40) NOT NULL,
  RETENTION_YEARS INTEGER     NOT NULL,
  CUTOFF          TIMESTAMP   NOT NULL,
  RECORDS         BIGINT      NOT NULL,
  OLDEST          TIMESTAMP   NOT NULL,
  NEWEST          TIMESTAMP   NOT NULL,
  PURGED_AT       TIMESTAMP   NOT NULL
);
