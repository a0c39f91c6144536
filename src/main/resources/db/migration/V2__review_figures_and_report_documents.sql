-- Issue 3: the figures of a review become one row per indicator (with what the
-- application pre-filled and whether the unit corrected it), the report keeps
-- every version of its Word document, each e-mail of a submission is recorded,
-- and emulation rates the officials a unit lists as well as the unit.

CREATE TABLE qcdc_review_figure (
  review_id        VARCHAR(36)  NOT NULL,
  indicator        VARCHAR(40)  NOT NULL,
  figure_value     INT          NOT NULL,
  prefilled_value  INT,
  corrected        BOOLEAN      NOT NULL,
  PRIMARY KEY (review_id, indicator),
  CONSTRAINT fk_review_figure_review FOREIGN KEY (review_id) REFERENCES qcdc_unit_review (id)
);

INSERT INTO qcdc_review_figure (review_id, indicator, figure_value, prefilled_value, corrected)
  SELECT id, 'DISSEMINATION_SESSIONS', dissemination_sessions, NULL, FALSE FROM qcdc_unit_review;
INSERT INTO qcdc_review_figure (review_id, indicator, figure_value, prefilled_value, corrected)
  SELECT id, 'PARTICIPANTS', participants, NULL, FALSE FROM qcdc_unit_review;
INSERT INTO qcdc_review_figure (review_id, indicator, figure_value, prefilled_value, corrected)
  SELECT id, 'PROPOSALS_RECEIVED', proposals_received, NULL, FALSE FROM qcdc_unit_review;
INSERT INTO qcdc_review_figure (review_id, indicator, figure_value, prefilled_value, corrected)
  SELECT id, 'PROPOSALS_ANSWERED', proposals_answered, NULL, FALSE FROM qcdc_unit_review;

INSERT INTO qcdc_review_figure (review_id, indicator, figure_value, prefilled_value, corrected)
  SELECT id, 'INSPECTIONS_MADE', supervisions_held, NULL, FALSE FROM qcdc_unit_review
  WHERE supervisions_held IS NOT NULL;

ALTER TABLE qcdc_unit_review DROP COLUMN supervisions_held;
ALTER TABLE qcdc_unit_review DROP COLUMN dissemination_sessions;
ALTER TABLE qcdc_unit_review DROP COLUMN participants;
ALTER TABLE qcdc_unit_review DROP COLUMN proposals_received;
ALTER TABLE qcdc_unit_review DROP COLUMN proposals_answered;
ALTER TABLE qcdc_unit_review ADD COLUMN officials_listed TEXT;

ALTER TABLE qcdc_report ADD COLUMN next_period_proposals TEXT;
ALTER TABLE qcdc_report ADD COLUMN delivery VARCHAR(16);
ALTER TABLE qcdc_report ADD COLUMN returned_at DATETIME(6);

CREATE TABLE qcdc_report_document (
  id             VARCHAR(36)   NOT NULL PRIMARY KEY,
  report_id      VARCHAR(36)   NOT NULL,
  version        INT           NOT NULL,
  source         VARCHAR(16)   NOT NULL,
  file_name      VARCHAR(255)  NOT NULL,
  content        LONGBLOB      NOT NULL,
  size_bytes     INT           NOT NULL,
  sha256         VARCHAR(64)   NOT NULL,
  note           TEXT,
  created_by     VARCHAR(64),
  created_at     DATETIME(6)   NOT NULL,
  CONSTRAINT uq_report_document UNIQUE (report_id, version),
  CONSTRAINT fk_report_document_report FOREIGN KEY (report_id) REFERENCES qcdc_report (id)
);

CREATE TABLE qcdc_report_dispatch (
  id             VARCHAR(36)   NOT NULL PRIMARY KEY,
  report_id      VARCHAR(36)   NOT NULL,
  recipient      VARCHAR(64)   NOT NULL,
  recipient_name VARCHAR(255)  NOT NULL,
  address        VARCHAR(255),
  channel        VARCHAR(16)   NOT NULL,
  document_version INT         NOT NULL,
  message_id     VARCHAR(255),
  sent_at        DATETIME(6)   NOT NULL,
  CONSTRAINT uq_report_dispatch UNIQUE (report_id, recipient),
  CONSTRAINT fk_report_dispatch_report FOREIGN KEY (report_id) REFERENCES qcdc_report (id)
);

CREATE TABLE qcdc_official_rating (
  id               VARCHAR(36)   NOT NULL PRIMARY KEY,
  cycle_year       INT           NOT NULL,
  unit_code        VARCHAR(64)   NOT NULL,
  official_name    VARCHAR(255)  NOT NULL,
  task_completion  INT           NOT NULL,
  disciplined      BOOLEAN       NOT NULL,
  proposed_rating  VARCHAR(32)   NOT NULL,
  final_rating     VARCHAR(32),
  override_reason  TEXT,
  confirmed_by     VARCHAR(64),
  confirmed_at     DATETIME(6),
  CONSTRAINT uq_official_rating UNIQUE (cycle_year, unit_code, official_name)
);
