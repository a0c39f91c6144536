-- Issue 18, II.3 (first point): "thực hiện tốt 3 nhiệm vụ trọng tâm năm ... do Ban Thường vụ
-- Thành ủy giao". The key tasks the plan lists (its free text, one per line) become tracked
-- items when the plan is approved: the unit that leads each (chosen on the approval form; none
-- for a plan approved on a released form) and its state, which the unit updates on its review
-- form in each review period. The reviews and the report show them.
CREATE TABLE qcdc_year_key_task (
  id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
  cycle_year          INT          NOT NULL,
  seq                 INT          NOT NULL,
  title               TEXT         NOT NULL,
  owner_unit          VARCHAR(64),
  state               VARCHAR(16)  NOT NULL,
  progress_note       TEXT,
  updated_period      VARCHAR(8),
  updated_by          VARCHAR(64),
  updated_at          DATETIME(6),
  assigned_by         VARCHAR(64),
  CONSTRAINT uq_year_key_task UNIQUE (cycle_year, seq)
);
