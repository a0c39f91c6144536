package vn.qcdc.flow.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import vn.qcdc.flow.engine.InputRefusedException;

/**
 * What an uploaded .docx may not carry, checked on the zip itself before any parser opens it:
 * an uploaded report is opened later on leadership's machines, so nothing in it may run or
 * reach the network.
 * <ul>
 * <li>a zip bomb: more than {@link #MAX_ENTRIES} parts, more than {@link #MAX_UNCOMPRESSED}
 * bytes once inflated, or a part that inflates more than {@link #MAX_RATIO} times (counted
 * while inflating, never from the sizes the zip claims);</li>
 * <li>macros or ActiveX (vbaProject.bin, a macro-enabled content type, activeX parts);</li>
 * <li>external relationships that Word fetches by itself (a remote template, a linked image,
 * an OLE object or frame): any TargetMode="External" except a plain hyperlink, which is only
 * followed when someone clicks it;</li>
 * <li>fields that fetch or run something (INCLUDEPICTURE, INCLUDETEXT, DDE, DDEAUTO).</li>
 * </ul>
 */
final class DocxInspection {

  static final int MAX_ENTRIES = 1000;
  static final long MAX_UNCOMPRESSED = 100L * 1024 * 1024;
  static final int MAX_RATIO = 100;
  private static final String HYPERLINK =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
  private static final Pattern RELATIONSHIP = Pattern.compile("<Relationship\\b[^>]*>");
  private static final Pattern FIELD = Pattern.compile(
      "\\b(INCLUDEPICTURE|INCLUDETEXT|DDEAUTO|DDE)\\b", Pattern.CASE_INSENSITIVE);

  private DocxInspection() {
  }

  static void check(byte[] content) {
    int entries = 0;
    long total = 0;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        if (++entries > MAX_ENTRIES) {
          throw bomb();
        }
        String name = entry.getName().toLowerCase(Locale.ROOT);
        if (name.contains("vbaproject") || name.contains("vbadata") || name.contains("activex")) {
          throw new InputRefusedException("Tệp tải lên chứa macro hoặc ActiveX: không nhận.");
        }
        byte[] part = inflate(zip, entry, total, content.length);
        total += part.length;
        if (name.equals("[content_types].xml")) {
          String types = new String(part, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
          if (types.contains("macroenabled") || types.contains("vbaproject")) {
            throw new InputRefusedException("Tệp tải lên chứa macro hoặc ActiveX: không nhận.");
          }
        } else if (name.endsWith(".rels")) {
          checkRelationships(new String(part, StandardCharsets.UTF_8));
        } else if (name.startsWith("word/") && name.endsWith(".xml")
            && FIELD.matcher(fieldCodes(new String(part, StandardCharsets.UTF_8))).find()) {
          throw new InputRefusedException("Tệp tải lên chứa trường (field) tải nội dung từ bên"
              + " ngoài hoặc chạy lệnh (INCLUDEPICTURE, INCLUDETEXT, DDE): không nhận.");
        }
      }
    } catch (IOException e) {
      throw new InputRefusedException("Tệp tải lên không phải văn bản Word (.docx) hợp lệ.");
    }
    if (entries == 0) {
      throw new InputRefusedException("Tệp tải lên không phải văn bản Word (.docx) hợp lệ.");
    }
  }

  /** Inflates one part, stopping as soon as it passes a limit. */
  private static byte[] inflate(InputStream zip, ZipEntry entry, long soFar, long zipSize)
      throws IOException {
    long compressed = Math.max(entry.getCompressedSize(), 0);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int n;
    while ((n = zip.read(buffer)) > 0) {
      out.write(buffer, 0, n);
      long size = out.size();
      // The whole file bounds what all parts together may inflate to, also when a part's
      // compressed size is not declared in its header (streamed zips).
      if (soFar + size > MAX_UNCOMPRESSED
          || soFar + size > Math.max(zipSize, 64 * 1024) * MAX_RATIO
          || (size > 1024 * 1024 && compressed > 0 && size / compressed > MAX_RATIO)) {
        throw bomb();
      }
    }
    return out.toByteArray();
  }

  private static InputRefusedException bomb() {
    return new InputRefusedException("Tệp tải lên bị nén bất thường (nghi \"bom nén\"): không"
        + " nhận.");
  }

  private static void checkRelationships(String rels) {
    Matcher m = RELATIONSHIP.matcher(rels);
    while (m.find()) {
      String tag = m.group();
      if (tag.replace(" ", "").toLowerCase(Locale.ROOT).contains("targetmode=\"external\"")
          && !tag.contains("Type=\"" + HYPERLINK + "\"")) {
        throw new InputRefusedException("Tệp tải lên tham chiếu tài nguyên bên ngoài (mẫu,"
            + " ảnh liên kết hoặc đối tượng nhúng từ xa): không nhận. Hãy nhúng nội dung vào"
            + " văn bản rồi tải lên lại.");
      }
    }
  }

  /** The text of field instructions (w:instrText and w:fldSimple's w:instr). */
  private static String fieldCodes(String xml) {
    StringBuilder codes = new StringBuilder();
    Matcher instr = Pattern.compile("<w:instrText[^>]*>([^<]*)</w:instrText>").matcher(xml);
    while (instr.find()) {
      codes.append(instr.group(1)).append(' ');
    }
    Matcher simple = Pattern.compile("w:instr=\"([^\"]*)\"").matcher(xml);
    while (simple.find()) {
      codes.append(simple.group(1)).append(' ');
    }
    return codes.toString();
  }
}
