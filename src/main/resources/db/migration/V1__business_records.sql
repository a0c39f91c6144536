-- Business records of the QCDC year that are not process state.
-- Portable between H2 and MariaDB: string ids made by the application,
-- TEXT for free text (VARCHAR would count against MariaDB's row limit),
-- DATETIME(6) for instants (TIMESTAMP ends in 2038 on MariaDB).

CREATE TABLE qcdc_org_unit (
  code        VARCHAR(64)  NOT NULL PRIMARY KEY,
  name        VARCHAR(255) NOT NULL,
  kind        VARCHAR(32)  NOT NULL,
  headcount   INT          NOT NULL,
  sort_order  INT          NOT NULL,
  active      BOOLEAN      NOT NULL,
  updated_at  DATETIME(6)  NOT NULL
);

CREATE TABLE qcdc_cycle (
  cycle_year          INT          NOT NULL PRIMARY KEY,
  business_key        VARCHAR(32)  NOT NULL,
  process_instance_id VARCHAR(64)  NOT NULL,
  status              VARCHAR(16)  NOT NULL,
  started_by          VARCHAR(64),
  started_at          DATETIME(6)  NOT NULL,
  closed_at           DATETIME(6),
  CONSTRAINT uq_cycle_business_key UNIQUE (business_key)
);

CREATE TABLE qcdc_annual_plan (
  cycle_year          INT          NOT NULL PRIMARY KEY,
  title               VARCHAR(255) NOT NULL,
  legal_basis         TEXT         NOT NULL,
  documents           TEXT         NOT NULL,
  key_tasks           TEXT         NOT NULL,
  dissemination_due   DATE         NOT NULL,
  revision            INT          NOT NULL,
  drafted_by          VARCHAR(64),
  drafted_at          DATETIME(6)  NOT NULL,
  approved_by         VARCHAR(64),
  approved_at         DATETIME(6)
);

CREATE TABLE qcdc_notice (
  id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
  cycle_year          INT          NOT NULL,
  kind                VARCHAR(16)  NOT NULL,
  phase               VARCHAR(32)  NOT NULL,
  unit_code           VARCHAR(64),
  recipient_group     VARCHAR(64)  NOT NULL,
  message             TEXT         NOT NULL,
  process_instance_id VARCHAR(64),
  created_at          DATETIME(6)  NOT NULL
);
CREATE INDEX ix_notice_year ON qcdc_notice (cycle_year);

CREATE TABLE qcdc_dissemination (
  id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
  cycle_year          INT          NOT NULL,
  unit_code           VARCHAR(64)  NOT NULL,
  meeting_date        DATE         NOT NULL,
  meeting_kind        VARCHAR(32)  NOT NULL,
  attendance          INT          NOT NULL,
  headcount           INT          NOT NULL,
  documents_covered   TEXT         NOT NULL,
  notes               TEXT,
  due_date            DATE,
  late                BOOLEAN      NOT NULL,
  recorded_by         VARCHAR(64),
  recorded_at         DATETIME(6)  NOT NULL,
  CONSTRAINT uq_dissemination UNIQUE (cycle_year, unit_code)
);

CREATE TABLE qcdc_proposal (
  id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
  cycle_year          INT          NOT NULL,
  unit_code           VARCHAR(64)  NOT NULL,
  seq                 INT          NOT NULL,
  content             TEXT         NOT NULL,
  submitted_by        VARCHAR(64),
  submitted_at        DATETIME(6)  NOT NULL,
  answer_kind         VARCHAR(16),
  answer              TEXT,
  answered_by         VARCHAR(64),
  answered_at         DATETIME(6),
  CONSTRAINT uq_proposal UNIQUE (cycle_year, unit_code, seq)
);

CREATE TABLE qcdc_conference (
  id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
  cycle_year          INT          NOT NULL,
  attempt             INT          NOT NULL,
  conference_date     DATE         NOT NULL,
  total_officials     INT          NOT NULL,
  attendance          INT          NOT NULL,
  votes_for           INT          NOT NULL,
  quorum_met          BOOLEAN      NOT NULL,
  resolution_adopted  BOOLEAN      NOT NULL,
  resolution_summary  TEXT         NOT NULL,
  recorded_by         VARCHAR(64),
  recorded_at         DATETIME(6)  NOT NULL,
  CONSTRAINT uq_conference UNIQUE (cycle_year, attempt)
);

CREATE TABLE qcdc_work_plan (
  cycle_year          INT          NOT NULL PRIMARY KEY,
  annual_plan         TEXT         NOT NULL,
  recorded_by         VARCHAR(64),
  recorded_at         DATETIME(6)  NOT NULL
);

CREATE TABLE qcdc_monthly_key_task (
  id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
  cycle_year          INT          NOT NULL,
  month_no            INT          NOT NULL,
  tasks               TEXT         NOT NULL,
  CONSTRAINT uq_monthly_key_task UNIQUE (cycle_year, month_no)
);

CREATE TABLE qcdc_unit_review (
  id                      VARCHAR(36)  NOT NULL PRIMARY KEY,
  cycle_year              INT          NOT NULL,
  period                  VARCHAR(8)   NOT NULL,
  unit_code               VARCHAR(64)  NOT NULL,
  unit_kind               VARCHAR(32)  NOT NULL,
  dissemination_sessions  INT          NOT NULL,
  participants            INT          NOT NULL,
  proposals_received      INT          NOT NULL,
  proposals_answered      INT          NOT NULL,
  key_tasks_result        TEXT         NOT NULL,
  strengths               TEXT         NOT NULL,
  shortcomings            TEXT         NOT NULL,
  causes                  TEXT,
  recommendations         TEXT,
  propaganda_activities   INT,
  supervisions_held       INT,
  sentiment_report        TEXT,
  admin_supervision       TEXT,
  finance_supervision     TEXT,
  due_date                DATE,
  late                    BOOLEAN      NOT NULL,
  submitted_by            VARCHAR(64),
  submitted_at            DATETIME(6)  NOT NULL,
  CONSTRAINT uq_unit_review UNIQUE (cycle_year, period, unit_code)
);

CREATE TABLE qcdc_inspection (
  id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
  cycle_year          INT          NOT NULL,
  period              VARCHAR(8)   NOT NULL,
  unit_code           VARCHAR(64)  NOT NULL,
  inspection_date     DATE         NOT NULL,
  rating              VARCHAR(16)  NOT NULL,
  findings_count      INT          NOT NULL,
  findings            TEXT         NOT NULL,
  inspector           VARCHAR(64),
  recorded_at         DATETIME(6)  NOT NULL,
  CONSTRAINT uq_inspection UNIQUE (cycle_year, period, unit_code)
);

CREATE TABLE qcdc_regulation_review (
  id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
  cycle_year          INT          NOT NULL,
  period              VARCHAR(8)   NOT NULL,
  reviewed            INT          NOT NULL,
  amended             INT          NOT NULL,
  notes               TEXT         NOT NULL,
  recorded_by         VARCHAR(64),
  recorded_at         DATETIME(6)  NOT NULL,
  CONSTRAINT uq_regulation_review UNIQUE (cycle_year, period)
);

CREATE TABLE qcdc_leadership_report (
  id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
  cycle_year          INT          NOT NULL,
  period              VARCHAR(8)   NOT NULL,
  commitments         TEXT         NOT NULL,
  dialogues_held      INT          NOT NULL,
  recorded_by         VARCHAR(64),
  recorded_at         DATETIME(6)  NOT NULL,
  CONSTRAINT uq_leadership_report UNIQUE (cycle_year, period)
);

CREATE TABLE qcdc_report (
  id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
  cycle_year          INT          NOT NULL,
  period              VARCHAR(8)   NOT NULL,
  title               VARCHAR(255) NOT NULL,
  summary             TEXT         NOT NULL,
  late_units          TEXT,
  missing_units       TEXT,
  units_expected      INT          NOT NULL,
  units_filed         INT          NOT NULL,
  status              VARCHAR(16)  NOT NULL,
  revision            INT          NOT NULL,
  consolidated_at     DATETIME(6)  NOT NULL,
  comments            TEXT,
  approved_by         VARCHAR(64),
  approved_at         DATETIME(6),
  document_number     VARCHAR(64),
  document_date       DATE,
  sent_to_city        BOOLEAN      NOT NULL,
  sent_to_bloc        BOOLEAN      NOT NULL,
  archived            BOOLEAN      NOT NULL,
  submitted_by        VARCHAR(64),
  submitted_at        DATETIME(6),
  CONSTRAINT uq_report UNIQUE (cycle_year, period)
);

CREATE TABLE qcdc_emulation_rating (
  id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
  cycle_year          INT          NOT NULL,
  unit_code           VARCHAR(64)  NOT NULL,
  basis               TEXT         NOT NULL,
  proposed_rating     VARCHAR(32)  NOT NULL,
  final_rating        VARCHAR(32),
  override_reason     TEXT,
  confirmed_by        VARCHAR(64),
  confirmed_at        DATETIME(6),
  CONSTRAINT uq_emulation_rating UNIQUE (cycle_year, unit_code)
);
