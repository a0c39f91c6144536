-- Issue 18, III.3 "Ban Chỉ đạo QCDC cơ quan phân công thành viên thực hiện tốt công tác kiểm
-- tra": the steering committee names the member who inspects each unit (the inspection task is
-- assigned to that member) and, where it decides, a union representative who takes part
-- (II.5.a "phối hợp thực hiện tốt công tác kiểm tra, giám sát"). The member is the task's
-- assignee in the engine's history; the record keeps both, so the report names them.
ALTER TABLE qcdc_inspection ADD COLUMN assigned_inspector VARCHAR(64);
ALTER TABLE qcdc_inspection ADD COLUMN union_representative VARCHAR(64);
