-- Tenant store, version 9: a coverage version written as a correction (訂正) of an earlier version's dates carries
-- the reference it was corrected under (a 訂正請求 number, "R6 転出確定 …"). NULL for every other version. Portable SQL.
ALTER TABLE NHI_COVERAGE_VERSION ADD COLUMN CORRECTION_REF VARCHAR(64);
