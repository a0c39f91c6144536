-- Issue 18, I.2 and II.4.b: in each review period the Party cell (cấp ủy, bí thư chi bộ)
-- assesses how the Party committee and leadership led the implementation of QCDC, on its own
-- form; one assessment per period, printed in the review report.
CREATE TABLE qcdc_party_cell_review (
  id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
  cycle_year          INT          NOT NULL,
  period              VARCHAR(8)   NOT NULL,
  assessment          VARCHAR(16)  NOT NULL,
  findings            TEXT         NOT NULL,
  directions          TEXT,
  reviewed_by         VARCHAR(64)  NOT NULL,
  reviewed_at         DATETIME(6)  NOT NULL,
  CONSTRAINT uq_party_cell_review UNIQUE (cycle_year, period)
);
