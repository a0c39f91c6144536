-- Audit exports (issue 6): the head of every exported hash chain, recorded at
-- export time, so that a file whose chain was recomputed after tampering, or
-- whose last entries were cut off, no longer matches what the database says.
CREATE TABLE qcdc_audit_export (
  id                  VARCHAR(36)  NOT NULL PRIMARY KEY,
  root_instance_id    VARCHAR(64)  NOT NULL,
  business_key        VARCHAR(64),
  export_format       VARCHAR(8)   NOT NULL,
  entry_count         INT          NOT NULL,
  genesis_hash        VARCHAR(64)  NOT NULL,
  head_hash           VARCHAR(64)  NOT NULL,
  exported_by         VARCHAR(64)  NOT NULL,
  exported_at         DATETIME(6)  NOT NULL
);

CREATE INDEX ix_audit_export_root ON qcdc_audit_export (root_instance_id);
