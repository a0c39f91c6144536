-- Issue 18, II.5.a: the union reflects the officials' thoughts and aspirations "đến cấp ủy Đảng,
-- lãnh đạo Ban"; the Party committee or leadership acknowledges and answers them in each review
-- period (one answer per union and period), the answer goes back to the union as a notice and
-- into the review report. answered_as is the group the answer was given for (cap-uy, lanh-dao).
CREATE TABLE qcdc_union_sentiment_answer (
  id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
  cycle_year          INT          NOT NULL,
  period              VARCHAR(8)   NOT NULL,
  union_code          VARCHAR(64)  NOT NULL,
  sentiment           TEXT         NOT NULL,
  answer              TEXT         NOT NULL,
  measures            TEXT,
  answered_by         VARCHAR(64)  NOT NULL,
  answered_as         VARCHAR(64),
  answered_at         DATETIME(6)  NOT NULL,
  CONSTRAINT uq_union_sentiment_answer UNIQUE (cycle_year, period, union_code)
);
