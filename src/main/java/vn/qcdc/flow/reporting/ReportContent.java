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
    String appendixTitle,
    String rowHeader,
    List<TablePart> tableParts) {

  /**
   * An agency's report: its units in rows, the appendix in the two tables of
   * {@link #AGENCY_PARTS}.
   */
  public ReportContent(String parentBody, String agencyName, String agencySymbol, String place,
      String documentNumber, LocalDate documentDate, String title, String subtitle,
      String introduction, List<Section> sections, List<String> tableHeaders, List<Row> rows,
      Row totals, String tableNote, List<String> nextPeriod, List<String> recipients,
      String signerTitle, String signerName, List<String> legalBasis, String appendixTitle) {
    this(parentBody, agencyName, agencySymbol, place, documentNumber, documentDate, title,
        subtitle, introduction, sections, tableHeaders, rows, totals, tableNote, nextPeriod,
        recipients, signerTitle, signerName, legalBasis, appendixTitle, "Đơn vị", AGENCY_PARTS);
  }

  /** The agency report's appendix: dissemination and proposals, then complaints and key tasks. */
  public static final List<TablePart> AGENCY_PARTS = List.of(
      new TablePart("1. Quán triệt, kiến nghị và tình hình nộp báo cáo", 0, 4, true),
      new TablePart("2. Đơn thư và nhiệm vụ trọng tâm", 4, -1, false));

  /**
   * A table of the appendix: its caption, the figure columns {@code from} to {@code to}
   * (exclusive; -1: to the last), and whether it ends with the row's state ("Báo cáo").
   */
  public record TablePart(String caption, int from, int to, boolean withState) {
  }

  /** A numbered part of the report: its heading and paragraphs. */
  public record Section(String heading, List<String> paragraphs) {
  }

  /** A line of the indicator table: the unit, its figures, and the state of its review. */
  public record Row(String unit, List<Integer> figures, String state) {
  }
}
