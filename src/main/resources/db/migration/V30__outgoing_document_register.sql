-- Issue 14: the outgoing-document register (sổ văn bản đi). One counter row per agency,
-- numbering series (a year by default) and kind of document; every number the counter ever
-- handed out has exactly one entry, reserved, issued or cancelled, so the register has no gap
-- and the unique key forbids a duplicate even if two nodes raced past the row lock.

CREATE TABLE qcdc_register_counter (
  agency_symbol  VARCHAR(32)   NOT NULL,
  series         VARCHAR(32)   NOT NULL,
  doc_kind       VARCHAR(8)    NOT NULL,
  -- The first number this register issued in the series: an agency that starts using it
  -- mid-year continues its paper register (numbers before it are not in this register).
  first_seq      INT           NOT NULL,
  last_seq       INT           NOT NULL,
  PRIMARY KEY (agency_symbol, series, doc_kind)
);

CREATE TABLE qcdc_register_entry (
  id             VARCHAR(36)   NOT NULL PRIMARY KEY,
  agency_symbol  VARCHAR(32)   NOT NULL,
  series         VARCHAR(32)   NOT NULL,
  doc_kind       VARCHAR(8)    NOT NULL,
  seq            INT           NOT NULL,
  number_text    VARCHAR(64)   NOT NULL,
  subject        VARCHAR(1000) NOT NULL,
  status         VARCHAR(16)   NOT NULL,
  origin         VARCHAR(16)   NOT NULL,
  reference      VARCHAR(128),
  document_date  DATE,
  reserved_by    VARCHAR(64)   NOT NULL,
  reserved_at    DATETIME(6)   NOT NULL,
  issued_by      VARCHAR(64),
  issued_at      DATETIME(6),
  cancelled_by   VARCHAR(64),
  cancelled_at   DATETIME(6),
  cancel_reason  VARCHAR(1000),
  CONSTRAINT uq_register_number UNIQUE (agency_symbol, series, doc_kind, seq)
);

CREATE INDEX ix_register_reference ON qcdc_register_entry (reference);
