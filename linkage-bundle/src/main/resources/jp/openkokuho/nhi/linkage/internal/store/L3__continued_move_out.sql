-- A household of this tenant that moved to another municipality of the prefecture with continuity confirmed there
-- (継続世帯確定): the 転出地 halves its 高額療養費 limit in the move month too (府内転居月特例, R8).
CREATE TABLE continued_move_out (
  move_id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  household_no VARCHAR(20) NOT NULL,
  move_date DATE NOT NULL,
  incoming_municipality_code CHAR(6) NOT NULL,
  recorded_at TIMESTAMP NOT NULL
)
;
