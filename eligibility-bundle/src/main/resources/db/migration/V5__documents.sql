-- Tenant store, version 5: the document register (証類: 被保険者証, 資格確認書, 資格情報のお知らせ, 高齢受給者証 …).
-- One row per version of a document: version 1 is the issuance (交付); reissue (再交付), return (返還) and replacement
-- (差替) append versions. Rows are only ever inserted; the latest version of a document is its state.

-- Document writers of a tenant take this counter under a row lock: the counter value is the new document's id and
-- the lock serialises the supersede-and-issue of a person's documents and the 枝番 assignment of a household.
INSERT INTO NHI_COUNTER (COUNTER_NAME, COUNTER_VALUE) VALUES ('document', 0);

CREATE TABLE NHI_DOCUMENT (
  DOCUMENT_ID      VARCHAR(20)  NOT NULL,
  VERSION          INTEGER      NOT NULL,
  ATENA_NO         VARCHAR(15)  NOT NULL,
  DOCUMENT_TYPE    VARCHAR(48)  NOT NULL,
  STATUS           VARCHAR(16)  NOT NULL,
  ISSUE_DATE       DATE         NOT NULL,
  EFFECTIVE_DATE   DATE         NOT NULL,
  EXPIRY_DATE      DATE,
  EXPIRY_CAP       VARCHAR(32)  NOT NULL,
  CARD_SYMBOL      VARCHAR(15)  NOT NULL,
  CARD_NUMBER      VARCHAR(15)  NOT NULL,
  BRANCH_NO        CHAR(2)      NOT NULL,
  COPAY_RATE       INTEGER,
  STATUS_DATE      DATE         NOT NULL,
  REASON           VARCHAR(200) NOT NULL,
  PROCESSED_ON     DATE         NOT NULL,
  RECORDED_AT      TIMESTAMP    NOT NULL,
  PRIMARY KEY (DOCUMENT_ID, VERSION)
);
CREATE INDEX NHI_DOCUMENT_PERSON ON NHI_DOCUMENT (ATENA_NO);
CREATE INDEX NHI_DOCUMENT_SYMBOL ON NHI_DOCUMENT (CARD_SYMBOL);
