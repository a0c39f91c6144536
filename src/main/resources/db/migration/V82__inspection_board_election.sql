-- Issue 18: the People's Inspection Board is elected by the officials' conference for a
-- two-year term (Nghị định 04/2015 Điều 5, Nghị định 159/2016; Luật 10/2022 Điều 60). The
-- conference records the election: its members (user ids, comma-separated) and the term. The
-- board's Camunda group follows the election in force, also through every OrganisationSync.
CREATE TABLE qcdc_board_election (
  id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
  board_unit          VARCHAR(64)  NOT NULL,
  cycle_year          INT          NOT NULL,
  conference_date     DATE         NOT NULL,
  term_start          DATE         NOT NULL,
  term_end            DATE         NOT NULL,
  members             TEXT         NOT NULL,
  recorded_by         VARCHAR(64),
  recorded_at         DATETIME(6)  NOT NULL
);
CREATE INDEX ix_board_election_term ON qcdc_board_election (board_unit, term_start);
