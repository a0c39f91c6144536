-- The work between reviews (issue 4): citizen cases, financial disclosures,
-- democratic dialogues and the monthly key-task reports. Same conventions as V1.

CREATE TABLE qcdc_complaint (
  id                    VARCHAR(36)  NOT NULL PRIMARY KEY,
  case_number           VARCHAR(32)  NOT NULL,
  cycle_year            INT          NOT NULL,
  seq                   INT          NOT NULL,
  process_instance_id   VARCHAR(64)  NOT NULL,
  received_on           DATE         NOT NULL,
  channel               VARCHAR(32)  NOT NULL,
  -- The citizen: kept here only, never in the engine (Luật Tố cáo 2018 Điều 47).
  citizen_name          VARCHAR(255) NOT NULL,
  citizen_address       TEXT,
  citizen_contact       VARCHAR(255),
  remote_area           BOOLEAN      NOT NULL,
  content               TEXT         NOT NULL,
  content_nature        VARCHAR(32)  NOT NULL,
  concerns_agency       BOOLEAN      NOT NULL,
  proposed_kind         VARCHAR(32),
  proposed_competence   VARCHAR(32),
  case_kind             VARCHAR(32),
  competence            VARCHAR(32),
  override_reason       TEXT,
  handling_unit         VARCHAR(64),
  acceptance_due        DATE,
  accepted              BOOLEAN,
  accepted_on           DATE,
  accepted_late         BOOLEAN      NOT NULL,
  acceptance_note       TEXT,
  resolution_due        DATE,
  extensions            INT          NOT NULL,
  resolved_on           DATE,
  on_time               BOOLEAN,
  decision_number       VARCHAR(64),
  outcome               TEXT,
  citizen_notified_on   DATE,
  forwarded_to          VARCHAR(255),
  forwarded_on          DATE,
  supervision_note      TEXT,
  status                VARCHAR(16)  NOT NULL,
  received_by           VARCHAR(64),
  created_at            DATETIME(6)  NOT NULL,
  CONSTRAINT uq_complaint_number UNIQUE (case_number),
  CONSTRAINT uq_complaint_instance UNIQUE (process_instance_id)
);
CREATE INDEX ix_complaint_received ON qcdc_complaint (received_on);

CREATE TABLE qcdc_complaint_extension (
  id                    VARCHAR(36)  NOT NULL PRIMARY KEY,
  complaint_id          VARCHAR(36)  NOT NULL,
  seq                   INT          NOT NULL,
  approved              BOOLEAN      NOT NULL,
  days                  INT          NOT NULL,
  reason                TEXT         NOT NULL,
  previous_due          DATE         NOT NULL,
  new_due               DATE         NOT NULL,
  decided_by            VARCHAR(64),
  decided_at            DATETIME(6)  NOT NULL,
  CONSTRAINT uq_complaint_extension UNIQUE (complaint_id, seq)
);

CREATE TABLE qcdc_disclosure (
  id                    VARCHAR(36)  NOT NULL PRIMARY KEY,
  cycle_year            INT          NOT NULL,
  item_code             VARCHAR(32)  NOT NULL,
  item_label            VARCHAR(255) NOT NULL,
  budget                TEXT,
  spending              TEXT,
  salaries              TEXT,
  bonuses               TEXT,
  entitlements          TEXT,
  prepared_by           VARCHAR(64),
  approved_by           VARCHAR(64),
  publication_form      VARCHAR(32),
  place                 VARCHAR(255),
  published_on          DATE,
  posted_days           INT,
  questions             TEXT,
  answers               TEXT,
  open_question         BOOLEAN      NOT NULL,
  status                VARCHAR(16)  NOT NULL,
  updated_at            DATETIME(6),
  CONSTRAINT uq_disclosure UNIQUE (cycle_year, item_code)
);

CREATE TABLE qcdc_dialogue (
  id                    VARCHAR(36)  NOT NULL PRIMARY KEY,
  cycle_year            INT          NOT NULL,
  seq                   INT          NOT NULL,
  process_instance_id   VARCHAR(64)  NOT NULL,
  union_request         BOOLEAN      NOT NULL,
  request_reason        TEXT,
  topics                TEXT,
  dialogue_date         DATE,
  participants          INT,
  chaired_by            VARCHAR(255),
  minutes               TEXT,
  recorded_by           VARCHAR(64),
  created_at            DATETIME(6)  NOT NULL,
  CONSTRAINT uq_dialogue UNIQUE (cycle_year, seq)
);

CREATE TABLE qcdc_dialogue_action (
  id                    VARCHAR(36)  NOT NULL PRIMARY KEY,
  dialogue_id           VARCHAR(36)  NOT NULL,
  seq                   INT          NOT NULL,
  unit_code             VARCHAR(64)  NOT NULL,
  action                TEXT         NOT NULL,
  due_date              DATE         NOT NULL,
  done_on               DATE,
  result                TEXT,
  escalated             BOOLEAN      NOT NULL,
  CONSTRAINT uq_dialogue_action UNIQUE (dialogue_id, seq)
);

CREATE TABLE qcdc_key_task_report (
  id                    VARCHAR(36)  NOT NULL PRIMARY KEY,
  cycle_year            INT          NOT NULL,
  month_no              INT          NOT NULL,
  unit_code             VARCHAR(64)  NOT NULL,
  tasks                 TEXT         NOT NULL,
  tasks_set             INT          NOT NULL,
  tasks_done            INT,
  report                TEXT,
  late                  BOOLEAN      NOT NULL,
  reported_by           VARCHAR(64),
  reported_at           DATETIME(6),
  CONSTRAINT uq_key_task_report UNIQUE (cycle_year, month_no, unit_code)
);
