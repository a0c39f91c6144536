package vn.qcdc.flow.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the Word report says, assembled from the records (see {@link ReportingService}).
 * The writer only lays it out, so what the report says can be tested without reading Word.
 */
public record ReportContent(
    String parentBody,
    String agencyName,
    String agencySymbol,
    String place,
    String documentNumber,
    LocalDate documentDate,
    String title,
    String subtitle,
    String introduction,
    List<Section> sections,
    List<String> tableHeaders,
    List<Row> rows,
    Row totals,
    String tableNote,
    List<String> nextPeriod,
    List<String> recipients,
    String signerTitle,
    String signerName,
    List<String> legalBasis,
    String appendixTitle) {

  /** A numbered part of the report: its heading and paragraphs. */
  public record Section(String heading, List<String> paragraphs) {
  }

  /** A line of the indicator table: the unit, its figures, and the state of its review. */
  public record Row(String unit, List<Integer> figures, String state) {
  }
}
