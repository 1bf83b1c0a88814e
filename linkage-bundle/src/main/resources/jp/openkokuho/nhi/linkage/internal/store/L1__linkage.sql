-- Linkage database of one tenant (its own database, separate from the eligibility store).
-- Statements are separated by lines holding only ";".
CREATE TABLE carry_over_case (
  case_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  incoming_household_no VARCHAR(20) NOT NULL,
  outgoing_municipality_code CHAR(6) NOT NULL,
  outgoing_household_no VARCHAR(20) NOT NULL,
  move_date DATE NOT NULL,
  proposal VARCHAR(20) NOT NULL,
  criteria VARCHAR(20) NOT NULL,
  proposal_reason VARCHAR(400) NOT NULL,
  state VARCHAR(20) NOT NULL,
  decision_reason VARCHAR(400),
  decided_by VARCHAR(64),
  decided_at TIMESTAMP,
  created_at TIMESTAMP NOT NULL
)
;
CREATE TABLE high_cost_month (
  household_no VARCHAR(20) NOT NULL,
  service_month CHAR(7) NOT NULL,
  kind VARCHAR(30) NOT NULL,
  source VARCHAR(10) NOT NULL,
  case_id BIGINT NOT NULL,
  PRIMARY KEY (household_no, service_month, kind, source, case_id)
)
;
CREATE TABLE linkage_import (
  import_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  file_kind VARCHAR(40) NOT NULL,
  file_name VARCHAR(255) NOT NULL,
  sha256 CHAR(64) NOT NULL,
  accepted INT NOT NULL,
  mismatches INT NOT NULL,
  rejected INT NOT NULL,
  imported_at TIMESTAMP NOT NULL
)
;
CREATE TABLE continuity_finding (
  finding_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  side VARCHAR(10) NOT NULL,
  atena_no VARCHAR(20) NOT NULL,
  other_municipality_code CHAR(6) NOT NULL,
  other_atena_no VARCHAR(20),
  coverage_end_date DATE NOT NULL,
  coverage_start_date DATE NOT NULL,
  kind VARCHAR(12) NOT NULL,
  days INT NOT NULL,
  source VARCHAR(20) NOT NULL,
  found_at TIMESTAMP NOT NULL
)
;
CREATE TABLE move_out_correction (
  correction_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  atena_no VARCHAR(20) NOT NULL,
  planned_date DATE NOT NULL,
  confirmed_date DATE NOT NULL,
  fiscal_years VARCHAR(40) NOT NULL,
  created_at TIMESTAMP NOT NULL
)
;
CREATE TABLE identity_link (
  atena_no VARCHAR(20) NOT NULL PRIMARY KEY,
  my_number_index CHAR(64),
  my_number_cipher VARCHAR(200),
  agency_code VARCHAR(64),
  jlis_status VARCHAR(12) NOT NULL,
  jlis_mismatches VARCHAR(200),
  jlis_checked_at TIMESTAMP,
  updated_at TIMESTAMP NOT NULL,
  CONSTRAINT identity_link_index UNIQUE (my_number_index)
)
;
CREATE TABLE atena_sequence (
  seq_name VARCHAR(20) NOT NULL PRIMARY KEY,
  next_value BIGINT NOT NULL
)
;
CREATE TABLE branch_assignment (
  household_no VARCHAR(20) NOT NULL,
  atena_no VARCHAR(20) NOT NULL,
  branch_no CHAR(2) NOT NULL,
  assigned_on DATE NOT NULL,
  PRIMARY KEY (household_no, atena_no)
)
;
CREATE UNIQUE INDEX branch_assignment_no ON branch_assignment (household_no, branch_no)
;
CREATE TABLE permitted_item (
  direction VARCHAR(10) NOT NULL,
  item_no INT NOT NULL,
  valid_from DATE NOT NULL,
  valid_to DATE,
  legal_basis VARCHAR(200) NOT NULL,
  changed_by VARCHAR(64) NOT NULL,
  PRIMARY KEY (direction, item_no, valid_from)
)
;
CREATE TABLE provision_record (
  record_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  atena_no VARCHAR(20) NOT NULL,
  direction VARCHAR(10) NOT NULL,
  item_nos VARCHAR(200) NOT NULL,
  counterpart VARCHAR(200) NOT NULL,
  requested_by VARCHAR(64) NOT NULL,
  requested_at TIMESTAMP NOT NULL,
  legal_basis VARCHAR(400) NOT NULL,
  outcome VARCHAR(20) NOT NULL,
  retain_until DATE NOT NULL
)
;
CREATE INDEX provision_record_person ON provision_record (atena_no, requested_at)
;
CREATE TABLE federation_send (
  send_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  file_kind VARCHAR(40) NOT NULL,
  file_name VARCHAR(255) NOT NULL,
  period_from TIMESTAMP,
  period_to TIMESTAMP NOT NULL,
  record_count INT NOT NULL,
  sha256 CHAR(64) NOT NULL,
  sent_at TIMESTAMP NOT NULL
)

;
CREATE TABLE federation_send_subject (
  send_id BIGINT NOT NULL,
  atena_no VARCHAR(20) NOT NULL,
  PRIMARY KEY (send_id, atena_no)
)
;
CREATE TABLE duplicate_entry (
  list_month CHAR(7) NOT NULL,
  atena_no VARCHAR(20) NOT NULL,
  employee_insurer_no CHAR(8) NOT NULL,
  employee_acquisition_date DATE NOT NULL,
  nhi_acquisition_date DATE NOT NULL,
  PRIMARY KEY (list_month, atena_no)
)
;
CREATE TABLE duplicate_tracking (
  atena_no VARCHAR(20) NOT NULL PRIMARY KEY,
  stage VARCHAR(20) NOT NULL,
  notice_sent DATE,
  notice_deadline DATE,
  updated_at TIMESTAMP NOT NULL
)
