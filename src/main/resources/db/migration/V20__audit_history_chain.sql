-- The audit chain of the history (issue 13): one row per Camunda history event,
-- appended in the transaction that writes the event, each row hashing the one
-- before it. The chain is built from what happened, so a history row deleted or
-- edited later (through the API or in SQL) no longer matches it; the head is
-- sealed with a key held outside the database (qcdc_audit_seal) and each seal
-- is published (report appendix, e-mail to the People's Inspection Board).
--
-- Append-only by the application: nothing in the code updates or deletes a
-- row of qcdc_audit_chain or qcdc_audit_seal.
CREATE TABLE qcdc_audit_chain (
  seq              BIGINT       NOT NULL PRIMARY KEY,
  event_type       VARCHAR(80)  NOT NULL,
  history_table    VARCHAR(32)  NOT NULL,
  history_id       VARCHAR(64)  NOT NULL,
  root_instance_id VARCHAR(64),
  -- epoch milliseconds (exact on every database, unlike DATETIME on MariaDB)
  removal_time     BIGINT,
  recorded_at      BIGINT       NOT NULL,
  label            VARCHAR(255),
  digest           VARCHAR(64)  NOT NULL,
  prev_hash        VARCHAR(64)  NOT NULL,
  hash             VARCHAR(64)  NOT NULL
);

CREATE INDEX ix_audit_chain_row ON qcdc_audit_chain (history_table, history_id);

-- The head: one row, locked (SELECT ... FOR UPDATE) by every appending
-- transaction so that two nodes writing at once still make one linear chain.
CREATE TABLE qcdc_audit_chain_head (
  id        INT          NOT NULL PRIMARY KEY,
  last_seq  BIGINT       NOT NULL,
  last_hash VARCHAR(64)  NOT NULL
);

-- SHA-256 of "qcdc-history-chain/1" (HistoryChain.GENESIS)
INSERT INTO qcdc_audit_chain_head (id, last_seq, last_hash)
  VALUES (1, 0, '26cd4e58cbda731fab67e844bdc47764bc53ced4a8614ff6c12e025ae738c8ce');

CREATE TABLE qcdc_audit_seal (
  id          VARCHAR(36)  NOT NULL PRIMARY KEY,
  seq         BIGINT       NOT NULL,
  head_hash   VARCHAR(64)  NOT NULL,
  sealed_at   VARCHAR(32)  NOT NULL,
  reason      VARCHAR(255) NOT NULL,
  key_id      VARCHAR(16)  NOT NULL,
  mac         VARCHAR(64)  NOT NULL
);

CREATE INDEX ix_audit_seal_seq ON qcdc_audit_seal (seq);
