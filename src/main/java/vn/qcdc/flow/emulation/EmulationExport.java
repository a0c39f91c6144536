package vn.qcdc.flow.emulation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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
    StringBuilder out = new StringBuilder("\uFEFF");
    out.append(line(HEADERS));
    rows(year).forEach(r -> out.append(line(r)));
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  public byte[] xlsx(int year) {
    try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out =
        new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet("Thi đua " + year);
      List<List<String>> all = new ArrayList<>();
      all.add(HEADERS);
      all.addAll(rows(year));
      for (int r = 0; r < all.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < all.get(r).size(); c++) {
          row.createCell(c).setCellValue(all.get(r).get(c));
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

  private static String line(List<String> cells) {
    List<String> quoted = cells.stream()
        .map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList();
    return String.join(",", quoted) + "\r\n";
  }

  private static String label(String rating) {
    return rating == null ? "" : Rating.valueOf(rating).label();
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

}
