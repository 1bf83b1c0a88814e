-- Linkage schema version 2: the prefecture's 被保険者ID per person (市区町村被保険者ID連携ファイル), the federation's
-- response files recorded against our sends, persons a send left out with the reason, and the 個人番号 moved to the
-- core's MyNumberService (per-tenant key, AES-GCM bound to tenant/table/row, blind index, key rotation): the linkage
-- keeps only whether a number is linked.
-- Statements are separated by lines holding only ";".
CREATE TABLE insured_id_link (
  atena_no VARCHAR(20) NOT NULL PRIMARY KEY,
  insured_id VARCHAR(20) NOT NULL,
  household_no VARCHAR(20) NOT NULL,
  branch_no CHAR(2) NOT NULL,
  base_date DATE NOT NULL,
  source_file VARCHAR(255) NOT NULL,
  updated_at TIMESTAMP NOT NULL,
  CONSTRAINT insured_id_unique UNIQUE (insured_id)
)
;
CREATE TABLE federation_response (
  response_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  send_id BIGINT,
  response_file VARCHAR(255) NOT NULL,
  sha256 CHAR(64) NOT NULL,
  status VARCHAR(10) NOT NULL,
  accepted_rows INT NOT NULL,
  received_at TIMESTAMP NOT NULL
)
;
CREATE TABLE federation_response_row (
  response_id BIGINT NOT NULL,
  seq INT NOT NULL,
  message VARCHAR(1000) NOT NULL,
  PRIMARY KEY (response_id, seq)
)
;
CREATE TABLE federation_send_excluded (
  send_id BIGINT NOT NULL,
  atena_no VARCHAR(20) NOT NULL,
  reason VARCHAR(200) NOT NULL,
  PRIMARY KEY (send_id, atena_no)
)
;
-- Numbers linked under version 1 were encrypted with a linkage-only key that no longer exists in the code; they are
-- not carried over (the linkage had not been released) and must be linked again through IdentityService.linkMyNumber.
ALTER TABLE identity_link ADD COLUMN my_number_linked BOOLEAN NOT NULL DEFAULT FALSE
;
ALTER TABLE identity_link DROP CONSTRAINT identity_link_index
;
ALTER TABLE identity_link DROP COLUMN my_number_index
;
ALTER TABLE identity_link DROP COLUMN my_number_cipher
