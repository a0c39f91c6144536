-- Break-glass (issue 13): every time an administrator, who does not handle a complaint, reads
-- the citizen's identity, with the reason they gave. Append-only for the application; the
-- People's Inspection Board reads it at /api/complaints/identity-access and is e-mailed.
CREATE TABLE qcdc_identity_access (
  id                  VARCHAR(36)   NOT NULL PRIMARY KEY,
  case_number         VARCHAR(64)   NOT NULL,
  process_instance_id VARCHAR(64),
  user_id             VARCHAR(255)  NOT NULL,
  reason              VARCHAR(1000) NOT NULL,
  accessed_at         DATETIME(6)   NOT NULL
);
CREATE INDEX qcdc_identity_access_at ON qcdc_identity_access (accessed_at);
