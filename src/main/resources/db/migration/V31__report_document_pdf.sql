-- Issue 14: the PDF next to every version of a report's Word document (LibreOffice headless);
-- NULL where LibreOffice was not installed when the version was stored.
ALTER TABLE qcdc_report_document ADD COLUMN pdf_content LONGBLOB;
