-- Issue 14 item 2: the approved plan as the agency issues it: one document per year, numbered
-- from the outgoing-document register (KH), its Word file and PDF, and one dispatch row per
-- external recipient so that a retried job never mails a recipient twice.
CREATE TABLE qcdc_plan_document (
  cycle_year        INT           NOT NULL PRIMARY KEY,
  register_entry_id VARCHAR(36)   NOT NULL,
  document_number   VARCHAR(64)   NOT NULL,
  document_date     DATE          NOT NULL,
  file_name         VARCHAR(255)  NOT NULL,
  content           LONGBLOB      NOT NULL,
  pdf_content       LONGBLOB,
  sha256            VARCHAR(64)   NOT NULL,
  created_at        DATETIME(6)   NOT NULL
);

CREATE TABLE qcdc_plan_dispatch (
  id             VARCHAR(36)   NOT NULL PRIMARY KEY,
  cycle_year     INT           NOT NULL,
  recipient      VARCHAR(64)   NOT NULL,
  recipient_name VARCHAR(255)  NOT NULL,
  address        VARCHAR(255),
  channel        VARCHAR(16)   NOT NULL,
  message_id     VARCHAR(255),
  sent_at        DATETIME(6)   NOT NULL,
  CONSTRAINT uq_plan_dispatch UNIQUE (cycle_year, recipient)
);
