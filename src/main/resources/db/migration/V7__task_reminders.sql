-- E-mail reminders before a user task's due date (issue 5): one row per task reminded, so
-- that each task is reminded once, also with two nodes checking at the same time (the primary
-- key refuses the second).
CREATE TABLE qcdc_task_reminder (
  task_id             VARCHAR(64)  NOT NULL PRIMARY KEY,
  process_instance_id VARCHAR(64),
  recipients          TEXT,
  reminded_at         DATETIME(6)  NOT NULL
);
