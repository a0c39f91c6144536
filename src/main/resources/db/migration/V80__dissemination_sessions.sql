-- Issue 18, II.1 (third point) and III.1: dissemination through the year. A unit records each
-- regular or themed meeting (the agency's and the union's meetings, the Party cell's regular
-- and themed sessions) at which QCDC documents were covered, as it happens; the reviews count
-- them. One row per meeting recorded; the recording is a short process started from Tasklist
-- (qcdc-dissemination-session), whose id is kept here.
CREATE TABLE qcdc_dissemination_session (
  id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
  cycle_year          INT          NOT NULL,
  unit_code           VARCHAR(64)  NOT NULL,
  session_date        DATE         NOT NULL,
  session_kind        VARCHAR(32)  NOT NULL,
  documents_covered   TEXT         NOT NULL,
  attendees           INT          NOT NULL,
  process_instance_id VARCHAR(64),
  recorded_by         VARCHAR(64)  NOT NULL,
  recorded_at         DATETIME(6)  NOT NULL
);
CREATE INDEX ix_dissemination_session_year ON qcdc_dissemination_session (cycle_year, unit_code);

-- A unit with no session in a finished quarter is reminded once: the primary key refuses a
-- second reminder for the same unit and quarter, also from a second node at the same moment.
CREATE TABLE qcdc_dissemination_session_reminder (
  cycle_year          INT          NOT NULL,
  quarter             INT          NOT NULL,
  unit_code           VARCHAR(64)  NOT NULL,
  reminded_at         DATETIME(6)  NOT NULL,
  PRIMARY KEY (cycle_year, quarter, unit_code)
);
