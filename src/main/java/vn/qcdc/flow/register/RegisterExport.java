package vn.qcdc.flow.register;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.qcdc.flow.engine.Formats;

/** The register of a series as a workbook: one sheet, one line per number, as the paper book. */
final class RegisterExport {

  static final List<String> HEADERS = List.of("Số, ký hiệu", "Loại văn bản", "Ngày ban hành",
      "Trích yếu nội dung", "Tình trạng", "Người cấp số", "Người ban hành", "Lý do hủy",
      "Người hủy");

  private RegisterExport() {
  }

  static List<String> row(RegisterEntry e) {
    return List.of(e.number(), e.kind().label(),
        e.documentDate() == null ? "" : Formats.date(e.documentDate()), e.subject(),
        e.statusLabel(), e.reservedBy(), e.issuedBy() == null ? "" : e.issuedBy(),
        e.cancelReason() == null ? "" : e.cancelReason(),
        e.cancelledBy() == null ? "" : e.cancelledBy());
  }

  static byte[] xlsx(String agencySymbol, String series, List<RegisterEntry> entries) {
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("Sổ văn bản đi " + series);
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row title = sheet.createRow(0);
      title.createCell(0).setCellValue("SỔ ĐĂNG KÝ VĂN BẢN ĐI - " + agencySymbol + " - "
          + (series.startsWith("NK ") ? "nhiệm kỳ từ " + series.substring(3) : "năm " + series));
      title.getCell(0).setCellStyle(bold);
      Row head = sheet.createRow(2);
      for (int c = 0; c < HEADERS.size(); c++) {
        head.createCell(c).setCellValue(HEADERS.get(c));
        head.getCell(c).setCellStyle(bold);
      }
      int r = 3;
      for (RegisterEntry e : entries) {
        Row row = sheet.createRow(r++);
        List<String> cells = row(e);
        for (int c = 0; c < cells.size(); c++) {
          row.createCell(c).setCellValue(cells.get(c));
        }
      }
      for (int c = 0; c < HEADERS.size(); c++) {
        sheet.autoSizeColumn(c);
      }
      book.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
