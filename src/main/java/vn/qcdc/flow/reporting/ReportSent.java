package vn.qcdc.flow.reporting;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An agency's issued report has gone to its recipients (SendReport, in the job's transaction:
 * a listener that fails rolls the sending back, and the job retries). The city bloc opens its
 * receipt tasks on it; reporting knows nothing of them.
 *
 * @param agency the agency (the instance's tenant id; null while one deployment is one agency)
 * @param reportId the report ({@code qcdc_report.id})
 * @param period H1 or YEAR
 * @param revision the report's revision as sent (higher after a return)
 * @param version the issued document's version, for the download link
 * @param downloadPath the Word document's path ({@code .pdf} appended: the PDF)
 */
public record ReportSent(String agency, String reportId, int year, String period,
    String periodLabel, String title, int revision, String documentNumber,
    LocalDate documentDate, int version, String downloadPath, Instant submittedAt) {
}
