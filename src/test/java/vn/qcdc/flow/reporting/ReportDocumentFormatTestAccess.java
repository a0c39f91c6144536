package vn.qcdc.flow.reporting;

import java.io.IOException;
import java.util.List;

/** The PDF read-back of ReportDocumentFormatTest, for the plan's document test. */
public final class ReportDocumentFormatTestAccess {

  private ReportDocumentFormatTestAccess() {
  }

  public static boolean pdfAvailable() {
    return ReportDocumentFormatTest.PDF.available();
  }

  public static List<String> pdfPages(byte[] docx, String name) throws IOException {
    return ReportDocumentFormatTest.pdfPages(docx, name);
  }
}
