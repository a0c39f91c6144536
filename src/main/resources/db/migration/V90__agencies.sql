-- Issue 16: one installation for the agencies of the city bloc. Every business table carries
-- the agency (its Camunda tenant id, the organisation file's agency.code); the rows already
-- here are the first agency's (placeholder set by organisation/AgencyMigrations). Keys that
-- were unique per year become unique per agency and year. Keys on a unit code need no change:
-- unit codes are group ids, unique across agencies. The audit chain, the register (already
-- keyed by the agency's symbol), the task reminders (keyed by task id) and the review figures
-- (a review's own collection) stay as they were.

ALTER TABLE qcdc_org_unit ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_org_unit ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_cycle ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_cycle ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_annual_plan ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_annual_plan ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_notice ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_notice ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_dissemination ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_dissemination ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_proposal ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_proposal ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_conference ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_conference ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_work_plan ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_work_plan ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_monthly_key_task ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_monthly_key_task ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_unit_review ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_unit_review ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_inspection ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_inspection ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_regulation_review ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_regulation_review ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_leadership_report ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_leadership_report ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_report ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_report ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_emulation_rating ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_emulation_rating ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_report_document ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_report_document ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_report_dispatch ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_report_dispatch ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_official_rating ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_official_rating ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_plan_document ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_plan_document ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_plan_dispatch ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_plan_dispatch ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_complaint ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_complaint ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_complaint_extension ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_complaint_extension ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_disclosure ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_disclosure ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_dialogue ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_dialogue ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_dialogue_action ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_dialogue_action ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_key_task_report ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_key_task_report ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_identity_access ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_identity_access ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_union_sentiment_answer ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_union_sentiment_answer ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_party_cell_review ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_party_cell_review ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_dissemination_session ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_dissemination_session ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_dissemination_session_reminder ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_dissemination_session_reminder ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_year_key_task ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_year_key_task ALTER COLUMN agency DROP DEFAULT;
ALTER TABLE qcdc_board_election ADD COLUMN agency VARCHAR(32) DEFAULT '${default_agency}' NOT NULL;
ALTER TABLE qcdc_board_election ALTER COLUMN agency DROP DEFAULT;

ALTER TABLE qcdc_cycle DROP PRIMARY KEY;
ALTER TABLE qcdc_cycle ADD PRIMARY KEY (agency, cycle_year);
ALTER TABLE qcdc_annual_plan DROP PRIMARY KEY;
ALTER TABLE qcdc_annual_plan ADD PRIMARY KEY (agency, cycle_year);
ALTER TABLE qcdc_work_plan DROP PRIMARY KEY;
ALTER TABLE qcdc_work_plan ADD PRIMARY KEY (agency, cycle_year);
ALTER TABLE qcdc_plan_document DROP PRIMARY KEY;
ALTER TABLE qcdc_plan_document ADD PRIMARY KEY (agency, cycle_year);
ALTER TABLE qcdc_dissemination_session_reminder DROP PRIMARY KEY;
ALTER TABLE qcdc_dissemination_session_reminder ADD PRIMARY KEY (agency, cycle_year, quarter, unit_code);

ALTER TABLE qcdc_cycle DROP CONSTRAINT uq_cycle_business_key;
ALTER TABLE qcdc_cycle ADD CONSTRAINT uq_cycle_business_key UNIQUE (agency, business_key);
ALTER TABLE qcdc_conference DROP CONSTRAINT uq_conference;
ALTER TABLE qcdc_conference ADD CONSTRAINT uq_conference UNIQUE (agency, cycle_year, attempt);
ALTER TABLE qcdc_monthly_key_task DROP CONSTRAINT uq_monthly_key_task;
ALTER TABLE qcdc_monthly_key_task ADD CONSTRAINT uq_monthly_key_task UNIQUE (agency, cycle_year, month_no);
ALTER TABLE qcdc_regulation_review DROP CONSTRAINT uq_regulation_review;
ALTER TABLE qcdc_regulation_review ADD CONSTRAINT uq_regulation_review UNIQUE (agency, cycle_year, period);
ALTER TABLE qcdc_leadership_report DROP CONSTRAINT uq_leadership_report;
ALTER TABLE qcdc_leadership_report ADD CONSTRAINT uq_leadership_report UNIQUE (agency, cycle_year, period);
ALTER TABLE qcdc_report DROP CONSTRAINT uq_report;
ALTER TABLE qcdc_report ADD CONSTRAINT uq_report UNIQUE (agency, cycle_year, period);
ALTER TABLE qcdc_plan_dispatch DROP CONSTRAINT uq_plan_dispatch;
ALTER TABLE qcdc_plan_dispatch ADD CONSTRAINT uq_plan_dispatch UNIQUE (agency, cycle_year, recipient);
ALTER TABLE qcdc_complaint DROP CONSTRAINT uq_complaint_number;
ALTER TABLE qcdc_complaint ADD CONSTRAINT uq_complaint_number UNIQUE (agency, case_number);
ALTER TABLE qcdc_disclosure DROP CONSTRAINT uq_disclosure;
ALTER TABLE qcdc_disclosure ADD CONSTRAINT uq_disclosure UNIQUE (agency, cycle_year, item_code);
ALTER TABLE qcdc_dialogue DROP CONSTRAINT uq_dialogue;
ALTER TABLE qcdc_dialogue ADD CONSTRAINT uq_dialogue UNIQUE (agency, cycle_year, seq);
ALTER TABLE qcdc_party_cell_review DROP CONSTRAINT uq_party_cell_review;
ALTER TABLE qcdc_party_cell_review ADD CONSTRAINT uq_party_cell_review UNIQUE (agency, cycle_year, period);
ALTER TABLE qcdc_year_key_task DROP CONSTRAINT uq_year_key_task;
ALTER TABLE qcdc_year_key_task ADD CONSTRAINT uq_year_key_task UNIQUE (agency, cycle_year, seq);

CREATE INDEX ix_notice_agency ON qcdc_notice (agency);
CREATE INDEX ix_dissemination_agency ON qcdc_dissemination (agency);
CREATE INDEX ix_unit_review_agency ON qcdc_unit_review (agency);
CREATE INDEX ix_dissemination_session_agency ON qcdc_dissemination_session (agency);
