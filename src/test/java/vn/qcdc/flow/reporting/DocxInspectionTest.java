package vn.qcdc.flow.reporting;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.qcdc.flow.engine.InputRefusedException;

/** Uploaded .docx files: each thing that would run or reach out on leadership's machine. */
class DocxInspectionTest {

  static final String RELS = "word/_rels/document.xml.rels";

  static byte[] clean() throws Exception {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out =
        new ByteArrayOutputStream()) {
      doc.createParagraph().createRun().setText("Báo cáo kết quả thực hiện QCDC");
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** The same package with parts changed or added. */
  static byte[] edit(byte[] docx, Map<String, UnaryOperator<String>> changes,
      Map<String, byte[]> added) throws Exception {
    Map<String, byte[]> parts = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
      ZipEntry e;
      while ((e = in.getNextEntry()) != null) {
        parts.put(e.getName(), in.readAllBytes());
      }
    }
    changes.forEach((name, change) -> parts.put(name, change.apply(
        new String(parts.getOrDefault(name, new byte[0]), StandardCharsets.UTF_8))
        .getBytes(StandardCharsets.UTF_8)));
    parts.putAll(added);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (var part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue());
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static UnaryOperator<String> addRelationship(String type, String target) {
    String rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
        + "http://schemas.openxmlformats.org/package/2006/relationships\">";
    return old -> (old.isEmpty() ? rels + "</Relationships>" : old).replace("</Relationships>",
        "<Relationship Id=\"rIdX\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
            + "2006/relationships/" + type + "\" Target=\"" + target
            + "\" TargetMode=\"External\"/></Relationships>");
  }

  @Test
  void aPlainDocumentAndOneWithAHyperlinkPass() throws Exception {
    assertThatCode(() -> DocxInspection.check(clean())).doesNotThrowAnyException();
    byte[] linked = edit(clean(), Map.of(RELS,
        addRelationship("hyperlink", "https://thuvienphapluat.vn/")), Map.of());
    assertThatCode(() -> DocxInspection.check(linked)).doesNotThrowAnyException();
  }

  @Test
  void aRemoteTemplateIsRefused() throws Exception {
    byte[] docx = edit(clean(), Map.of("word/_rels/settings.xml.rels",
        addRelationship("attachedTemplate", "http://10.0.0.9/mau.dotm")), Map.of());
    assertThatThrownBy(() -> DocxInspection.check(docx))
        .isInstanceOf(InputRefusedException.class).hasMessageContaining("tài nguyên bên ngoài");
  }

  @Test
  void aLinkedImageIsRefused() throws Exception {
    byte[] docx = edit(clean(), Map.of(RELS,
        addRelationship("image", "\\\\attacker\\share\\logo.png")), Map.of());
    assertThatThrownBy(() -> DocxInspection.check(docx))
        .isInstanceOf(InputRefusedException.class).hasMessageContaining("tài nguyên bên ngoài");
  }

  @Test
  void anIncludePictureFieldIsRefused() throws Exception {
    byte[] docx = edit(clean(), Map.of("word/document.xml", xml -> xml.replace("</w:p>",
        "<w:r><w:instrText xml:space=\"preserve\"> INCLUDEPICTURE \"http://x.example/a.png\""
            + " \\d </w:instrText></w:r></w:p>")), Map.of());
    assertThatThrownBy(() -> DocxInspection.check(docx))
        .isInstanceOf(InputRefusedException.class).hasMessageContaining("INCLUDEPICTURE");
  }

  @Test
  void macrosAreRefused() throws Exception {
    byte[] docx = edit(clean(), Map.of(), Map.of("word/vbaProject.bin", new byte[] {1, 2, 3}));
    assertThatThrownBy(() -> DocxInspection.check(docx))
        .isInstanceOf(InputRefusedException.class).hasMessageContaining("macro");
    byte[] typed = edit(clean(), Map.of("[Content_Types].xml", xml -> xml.replace(
        "wordprocessingml.document.main+xml", "ms-word.document.macroEnabled.main+xml")),
        Map.of());
    assertThatThrownBy(() -> DocxInspection.check(typed))
        .isInstanceOf(InputRefusedException.class).hasMessageContaining("macro");
  }

  @Test
  void aZipBombIsRefusedWhileInflating() throws Exception {
    // 90 MB of zeros (under the 100 MB total), about 90 KB compressed, its size not declared in
    // the part's header: refused by the ratio to the file's size, after about 9 MB.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/media/image1.png"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 90; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    byte[] bomb = out.toByteArray();
    org.assertj.core.api.Assertions.assertThat(bomb.length).isLessThan(200_000);
    assertThatThrownBy(() -> DocxInspection.check(bomb))
        .isInstanceOf(InputRefusedException.class).hasMessageContaining("bom nén");
  }
}
