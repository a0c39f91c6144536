-- Issue 16, the bloc level: each body of the City Agencies Bloc (the bloc's Party Committee,
-- the City Steering Committee) receives every submitted revision of an agency's report and
-- accepts it or returns it with a reason (SUPERSEDED: not decided before a later revision
-- came). on_time: submitted at or before the end of the bloc's deadline day (NULL: the bloc
-- set no deadline). agency: the agency's tenant id (NULL while one deployment serves one
-- agency).
CREATE TABLE qcdc_bloc_receipt (
  id           VARCHAR(36)  NOT NULL PRIMARY KEY,
  agency       VARCHAR(64),
  report_id    VARCHAR(36)  NOT NULL,
  cycle_year   INT          NOT NULL,
  period       VARCHAR(8)   NOT NULL,
  revision     INT          NOT NULL,
  body         VARCHAR(64)  NOT NULL,
  status       VARCHAR(16)  NOT NULL,
  on_time      BOOLEAN,
  reason       TEXT,
  decided_by   VARCHAR(64),
  received_at  DATETIME(6)  NOT NULL,
  decided_at   DATETIME(6),
  CONSTRAINT fk_bloc_receipt_report FOREIGN KEY (report_id) REFERENCES qcdc_report (id)
);
CREATE INDEX ix_bloc_receipt_report ON qcdc_bloc_receipt (report_id, revision);
