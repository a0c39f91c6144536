-- Issue 16, step 6: the bloc's consolidated report of a review period (six-month "H1" or
-- year-end "YEAR"), generated once when the bloc's deadline passes and regenerated on demand
-- by a bloc user (version counts the generations; the row keeps the latest). Not an agency's
-- record: no agency column, read only by the bloc's bodies (blocview/BlocReports).
CREATE TABLE qcdc_bloc_report (
  id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
  cycle_year          INT          NOT NULL,
  period              VARCHAR(8)   NOT NULL,
  version             INT          NOT NULL,
  generated_at        DATETIME(6)  NOT NULL,
  generated_by        VARCHAR(64)  NOT NULL,
  docx                LONGBLOB     NOT NULL,
  pdf                 LONGBLOB,
  agencies_expected   INT          NOT NULL,
  agencies_submitted  INT          NOT NULL,
  agencies_late       INT          NOT NULL,
  CONSTRAINT uq_bloc_report UNIQUE (cycle_year, period)
);
