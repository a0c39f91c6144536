package vn.qcdc.flow.emulation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;
import vn.qcdc.flow.organisation.OrganisationRegistry;

/**
 * The year's emulation results for the emulation council (Hội đồng thi đua): each unit, then
 * the officials it listed, with the table's proposal, the confirmed level and any reason.
 */
@Service
public class EmulationExport {

  static final List<String> HEADERS = List.of("Năm", "Đơn vị", "Cán bộ, công chức",
      "Tỷ lệ hoàn thành (%)", "Kỷ luật", "Mức đề xuất", "Mức được xác nhận", "Lý do điều chỉnh",
      "Người xác nhận", "Căn cứ");

  private final EmulationRatingRepository units;
  private final OfficialRatingRepository officials;
  private final OrganisationRegistry organisation;

  EmulationExport(EmulationRatingRepository units, OfficialRatingRepository officials,
      OrganisationRegistry organisation) {
    this.units = units;
    this.officials = officials;
    this.organisation = organisation;
  }

  public List<List<String>> rows(int year) {
    List<List<String>> rows = new ArrayList<>();
    for (EmulationRating unit : units.findByYear(year).stream()
        .sorted((a, b) -> a.getUnitCode().compareTo(b.getUnitCode())).toList()) {
      rows.add(List.of(String.valueOf(year), organisation.name(unit.getUnitCode()), "", "", "",
          label(unit.getProposedRating()), label(unit.getFinalRating()),
          text(unit.getOverrideReason()), text(unit.getConfirmedBy()), text(unit.getBasis())));
      for (OfficialRating official : officials
          .findByYearAndUnitCodeOrderByOfficialName(year, unit.getUnitCode())) {
        rows.add(List.of(String.valueOf(year), organisation.name(unit.getUnitCode()),
            official.getOfficialName(), String.valueOf(official.getTaskCompletion()),
            official.isDisciplined() ? "Có" : "Không", label(official.getProposedRating()),
            label(official.getFinalRating()), text(official.getOverrideReason()),
            text(official.getConfirmedBy()), ""));
      }
    }
    return rows;
  }

  /** RFC 4180 CSV in UTF-8 with a byte-order mark, so Excel shows the diacritics. */
  public byte[] csv(int year) {
    return csv(rows(year));
  }

  static byte[] csv(List<List<String>> rows) {
    StringBuilder out = new StringBuilder("\uFEFF");
    out.append(line(HEADERS));
    rows.forEach(r -> out.append(line(r)));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  public byte[] xlsx(int year) {
    return xlsx(year, rows(year));
  }

  static byte[] xlsx(int year, List<List<String>> rows) {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out =
        new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("Thi đua " + year);
      // Excel's own "this is text" flag: the cell shows exactly what was typed and stays text
      // even when someone edits it or saves the sheet as CSV.
      CellStyle text = book.createCellStyle();
      text.setQuotePrefixed(true);
      List<List<String>> all = new ArrayList<>();
      all.add(HEADERS);
      all.addAll(rows);
      for (int r = 0; r < all.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < all.get(r).size(); c++) {
          String value = all.get(r).get(c);
          Cell cell = row.createCell(c);
          cell.setCellValue(value);
          if (formulaLeading(value)) {
            cell.setCellStyle(text);
          }
        }
      }
      for (int c = 0; c < HEADERS.size() - 1; c++) {
        sheet.autoSizeColumn(c);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether a spreadsheet would read the cell as a formula (or DDE call): names and reasons are
   * typed by users, and "=HYPERLINK(...)" or "@SUM(...)" in them must not run on the council's
   * machine (OWASP CSV injection: =, +, -, @, and a leading tab or carriage return).
   */
  static boolean formulaLeading(String value) {
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
  }

  /** A formula-leading cell gets a leading apostrophe, which spreadsheets show as text. */
  static String neutralise(String value) {
    return formulaLeading(value) ? "'" + value : value;
  }

  private static String line(List<String> cells) {
    List<String> quoted = cells.stream()
        .map(c -> "\"" + neutralise(c).replace("\"", "\"\"") + "\"").toList();
    return String.join(",", quoted) + "\r\n";
  }

  private static String label(String rating) {
    return rating == null ? "" : Rating.valueOf(rating).label();
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

}
