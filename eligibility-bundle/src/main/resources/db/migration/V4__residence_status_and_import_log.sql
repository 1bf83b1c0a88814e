-- Tenant store, version 4: imported residence status (在留資格ファイル), appended per person, and the log of imported
-- files by hash so that the same file imported again changes nothing.
CREATE TABLE NHI_RESIDENCE_STATUS (
  ATENA_NO              VARCHAR(15) NOT NULL,
  SEQ                   INTEGER     NOT NULL,
  RESIDENCE_STATUS_CODE VARCHAR(10),
  RESIDENCE_EXPIRY_DATE DATE,
  IMPORT_SHA256         VARCHAR(64) NOT NULL,
  LINE_NO               BIGINT      NOT NULL,
  IMPORTED_AT           TIMESTAMP   NOT NULL,
  PRIMARY KEY (ATENA_NO, SEQ)
);

CREATE TABLE NHI_IMPORT_LOG (
  SHA256      VARCHAR(64)  NOT NULL,
  KIND        VARCHAR(40)  NOT NULL,
  FILE_NAME   VARCHAR(255) NOT NULL,
  RECORDS     BIGINT       NOT NULL,
  IMPORTED_AT TIMESTAMP    NOT NULL,
  PRIMARY KEY (SHA256, KIND)
);
