package vn.qcdc.flow.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.qcdc.flow.audit.AuditSeals;
import vn.qcdc.flow.engine.Formats;

/**
 * Lays a {@link ReportContent} out as a Party document, following Hướng dẫn 36-HD/VPTW (2018)
 * on the format of Party documents: A4, margins 20/20/30/15 mm, Times New Roman; top right the
 * heading "ĐẢNG CỘNG SẢN VIỆT NAM" (capitals, 15, bold, underlined) over the place and date
 * (14, italic); top left the superior body (capitals, 14), the issuing body (capitals, 14, bold),
 * an asterisk and "Số ...-BC/..." (14); the kind of document (capitals, 16, bold) over its
 * summary (14, bold); the text in 14; "Nơi nhận:" bottom left (12) and the signer bottom right.
 */
@Component
public class ReportWriter {

  private static final String FONT = "Times New Roman";
  private static final int TWIPS_PER_MM = 1440 * 10 / 254;

  private final ObjectProvider<AuditSeals> seals;

  public ReportWriter(ObjectProvider<AuditSeals> seals) {
    this.seals = seals;
  }

  public byte[] write(ReportContent c) {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      page(doc);
      pageNumbers(doc);
      header(doc, c);
      XWPFParagraph kind = paragraph(doc, ParagraphAlignment.CENTER, 240, 0);
      run(kind, c.title(), 16, true, false);
      XWPFParagraph about = paragraph(doc, ParagraphAlignment.CENTER, 0, 0);
      run(about, c.subtitle(), 14, true, false);
      run(paragraph(doc, ParagraphAlignment.CENTER, 0, 120), "-----", 14, false, false);
      for (int i = 0; i < c.legalBasis().size(); i++) {
        body(doc, "Căn cứ " + c.legalBasis().get(i) + (i == c.legalBasis().size() - 1 ? ";"
            : ";"));
      }
      body(doc, c.introduction());
      for (ReportContent.Section section : c.sections()) {
        heading(doc, section.heading());
        section.paragraphs().forEach(p -> body(doc, p));
      }
      // A plan has no figures: no appendix and no reference to one.
      boolean withAppendix = c.appendixTitle() != null;
      if (withAppendix) {
        body(doc, "(Số liệu của từng đơn vị tại Phụ lục kèm theo.)");
      }
      signature(doc, c);
      if (withAppendix) {
        appendix(doc, c);
      }
      // Issue 13: every generated report publishes a new seal of the history chain.
      seals.ifAvailable(s -> run(paragraph(doc, ParagraphAlignment.LEFT, 240, 0),
          s.sealLineFor(c.title().toLowerCase(java.util.Locale.ROOT) + " «" + c.subtitle() + "»"), 8, false, true));
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Page numbers from the second page, centred at the top (36-HD: page numbers in Arabic
   * figures, the first page not numbered): a first-page header without the field.
   */
  private static void pageNumbers(XWPFDocument doc) {
    CTSectPr sect = doc.getDocument().getBody().getSectPr();
    sect.addNewTitlePg();
    org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy policy = doc.createHeaderFooterPolicy();
    policy.createHeader(org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy.FIRST);
    org.apache.poi.xwpf.usermodel.XWPFHeader numbered =
        policy.createHeader(org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy.DEFAULT);
    XWPFParagraph p = numbered.getParagraphs().isEmpty() ? numbered.createParagraph()
        : numbered.getParagraphs().get(0);
    p.setAlignment(ParagraphAlignment.CENTER);
    var field = p.getCTP().addNewFldSimple();
    field.setInstr("PAGE");
    var r = field.addNewR();
    var rpr = r.addNewRPr();
    rpr.addNewRFonts().setAscii(FONT);
    rpr.getRFontsArray(0).setHAnsi(FONT);
    rpr.addNewSz().setVal(BigInteger.valueOf(28));
    r.addNewT().setStringValue("2");
  }

  /** "PHỤ LỤC" on a page of its own: the figures in two tables that fit the page's width. */
  private static void appendix(XWPFDocument doc, ReportContent c) {
    XWPFParagraph title = paragraph(doc, ParagraphAlignment.CENTER, 0, 0);
    title.setPageBreak(true);
    run(title, "PHỤ LỤC", 14, true, false);
    run(paragraph(doc, ParagraphAlignment.CENTER, 0, 0), c.appendixTitle(), 14, true, false);
    String of = c.documentNumber() == null ? "" : " số " + c.documentNumber()
        + (c.documentDate() == null ? "" : " ngày " + Formats.date(c.documentDate()));
    run(paragraph(doc, ParagraphAlignment.CENTER, 0, 120), "(Kèm theo Báo cáo" + of + " của "
        + c.agencyName() + ")", 14, false, true);
    // an agency's report: dissemination and proposals; then complaints and key tasks
    for (ReportContent.TablePart part : c.tableParts()) {
      table(doc, c, part.caption(), part.from(),
          part.to() < 0 ? c.tableHeaders().size() : part.to(), part.withState());
    }
    XWPFParagraph note = paragraph(doc, ParagraphAlignment.LEFT, 60, 120);
    run(note, c.tableNote(), 12, false, true);
  }
  private static void page(XWPFDocument doc) {
    CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = sect.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar margin = sect.addNewPgMar();
    margin.setTop(BigInteger.valueOf(20L * TWIPS_PER_MM));
    margin.setBottom(BigInteger.valueOf(20L * TWIPS_PER_MM));
    margin.setLeft(BigInteger.valueOf(30L * TWIPS_PER_MM));
    margin.setRight(BigInteger.valueOf(15L * TWIPS_PER_MM));
  }

  private static void header(XWPFDocument doc, ReportContent c) {
    XWPFTable table = borderless(doc, 2, new int[] {4700, 4650});
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    run(cellParagraph(left, ParagraphAlignment.CENTER), c.parentBody().toUpperCase(), 14, false,
        false);
    run(cellParagraph(left, ParagraphAlignment.CENTER), c.agencyName().toUpperCase(), 14, true,
        false);
    run(cellParagraph(left, ParagraphAlignment.CENTER), "*", 14, false, false);
    run(cellParagraph(left, ParagraphAlignment.CENTER), "Số " + number(c), 14, false, false);
    XWPFRun title = run(cellParagraph(right, ParagraphAlignment.CENTER),
        "ĐẢNG CỘNG SẢN VIỆT NAM", 15, true, false);
    title.setUnderline(UnderlinePatterns.SINGLE);
    run(cellParagraph(right, ParagraphAlignment.CENTER), "", 8, false, false);
    run(cellParagraph(right, ParagraphAlignment.RIGHT), placeAndDate(c.place(), c.documentDate()),
        14, false, true);
  }

  /** "125-BC/BTGTU", or a blank for the number until the records office gives one. */
  static String number(ReportContent c) {
    String n = c.documentNumber();
    String kind = c.title().startsWith("KẾ HOẠCH") ? "KH" : "BC";
    return n != null ? n : "       -" + kind + "/" + c.agencySymbol();
  }

  static String placeAndDate(String place, LocalDate date) {
    if (date == null) {
      return place + ", ngày     tháng     năm " + LocalDate.now().getYear();
    }
    // 36-HD/VPTW: days below 10 and months below 3 are written with a leading zero.
    String day = date.getDayOfMonth() < 10 ? "0" + date.getDayOfMonth() : "" + date.getDayOfMonth();
    String month = date.getMonthValue() < 3 ? "0" + date.getMonthValue() : "" + date.getMonthValue();
    return place + ", ngày " + day + " tháng " + month + " năm " + date.getYear();
  }

  private static void heading(XWPFDocument doc, String text) {
    XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH, 120, 60);
    p.setIndentationFirstLine(709);
    run(p, text, 14, true, false);
  }

  private static void body(XWPFDocument doc, String text) {
    XWPFParagraph p = paragraph(doc, ParagraphAlignment.BOTH, 0, 60);
    p.setIndentationFirstLine(709);
    run(p, text, 14, false, false);
  }

  /** Columns from..to of the figures, with the state of each unit's report when asked. */
  private static void table(XWPFDocument doc, ReportContent c, String caption, int from, int to,
      boolean withState) {
    XWPFParagraph head0 = paragraph(doc, ParagraphAlignment.LEFT, 120, 60);
    run(head0, caption, 13, true, false);
    int figures = to - from;
    int columns = figures + 2 + (withState ? 1 : 0);
    XWPFTable table = doc.createTable(c.rows().size() + 2, columns);
    table.setTableAlignment(TableRowAlign.CENTER);
    // Usable width 165 mm (9355 twips): TT, the unit's name, then equal columns wide enough
    // that no word of a heading is split.
    int[] widths = new int[columns];
    widths[0] = 650;
    widths[1] = 2750;
    java.util.Arrays.fill(widths, 2, columns, (9300 - 650 - 2750) / (columns - 2));
    fixWidths(table, widths);
    XWPFTableRow head = table.getRow(0);
    cell(head.getCell(0), "TT", true, 11);
    cell(head.getCell(1), c.rowHeader(), true, 11);
    for (int i = from; i < to; i++) {
      cell(head.getCell(i - from + 2), c.tableHeaders().get(i), true, 11);
    }
    if (withState) {
      cell(head.getCell(columns - 1), "Báo cáo", true, 11);
    }
    for (int r = 0; r < c.rows().size(); r++) {
      fill(table.getRow(r + 1), String.valueOf(r + 1), c.rows().get(r), from, to, withState,
          false);
    }
    fill(table.getRow(c.rows().size() + 1), "", c.totals(), from, to, withState, true);
  }

  private static void fill(XWPFTableRow row, String number, ReportContent.Row data, int from,
      int to, boolean withState, boolean bold) {
    cell(row.getCell(0), number, bold);
    XWPFParagraph name = row.getCell(1).getParagraphs().get(0);
    name.setAlignment(ParagraphAlignment.LEFT);
    run(name, data.unit(), 12, bold, false);
    for (int i = from; i < to; i++) {
      Integer figure = data.figures().get(i);
      cell(row.getCell(i - from + 2), figure == null ? "-" : String.valueOf(figure), bold);
    }
    if (withState) {
      cell(row.getCell(to - from + 2), data.state(), bold);
    }
  }

  private static void cell(XWPFTableCell cell, String text, boolean bold) {
    cell(cell, text, bold, 12);
  }

  private static void cell(XWPFTableCell cell, String text, boolean bold, int size) {
    XWPFParagraph p = cell.getParagraphs().get(0);
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setSpacingAfter(0);
    run(p, text, size, bold, false);
  }

  private static void signature(XWPFDocument doc, ReportContent c) {
    XWPFTable table = borderless(doc, 2, new int[] {4650, 4700});
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    XWPFRun to = run(cellParagraph(left, ParagraphAlignment.LEFT), "Nơi nhận:", 14, false, false);
    to.setUnderline(UnderlinePatterns.SINGLE);
    List<String> lines = c.recipients();
    for (int i = 0; i < lines.size(); i++) {
      String end = i == lines.size() - 1 ? "." : ",";
      run(cellParagraph(left, ParagraphAlignment.LEFT), "- " + lines.get(i) + end, 12, false,
          false);
    }
    for (String line : c.signerTitle().split("\\n")) {
      run(cellParagraph(right, ParagraphAlignment.CENTER), line, 14, true, false);
    }
    for (int i = 0; i < 3; i++) {
      run(cellParagraph(right, ParagraphAlignment.CENTER), "", 14, false, false);
    }
    run(cellParagraph(right, ParagraphAlignment.CENTER), c.signerName(), 14, true, false);
  }

  private static XWPFTable borderless(XWPFDocument doc, int columns, int[] widths) {
    XWPFTable table = doc.createTable(1, columns);
    table.removeBorders();
    fixWidths(table, widths);
    return table;
  }

  /** Column widths in twips, in the grid (which LibreOffice reads) and in every cell (Word). */
  private static void fixWidths(XWPFTable table, int[] widths) {
    var ct = table.getCTTbl();
    var layout = ct.getTblPr().isSetTblLayout() ? ct.getTblPr().getTblLayout()
        : ct.getTblPr().addNewTblLayout();
    layout.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
    var grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int width : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(width));
    }
    for (XWPFTableRow row : table.getRows()) {
      for (int i = 0; i < widths.length; i++) {
        row.getCell(i).setWidth(String.valueOf(widths[i]));
      }
    }
  }

  /** The cell's next paragraph: its first, empty one before anything is written. */
  private static XWPFParagraph cellParagraph(XWPFTableCell cell, ParagraphAlignment align) {
    XWPFParagraph first = cell.getParagraphs().get(0);
    XWPFParagraph p = first.getRuns().isEmpty() && cell.getParagraphs().size() == 1
        ? first : cell.addParagraph();
    p.setAlignment(align);
    p.setSpacingAfter(0);
    return p;
  }

  private static XWPFParagraph paragraph(XWPFDocument doc, ParagraphAlignment align, int before,
      int after) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(align);
    p.setSpacingBefore(before);
    p.setSpacingAfter(after);
    return p;
  }

  private static XWPFRun run(XWPFParagraph p, String text, int size, boolean bold,
      boolean italic) {
    XWPFRun run = p.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(size);
    run.setBold(bold);
    run.setItalic(italic);
    run.setText(text);
    return run;
  }
}
