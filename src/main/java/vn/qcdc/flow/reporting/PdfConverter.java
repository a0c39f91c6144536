package vn.qcdc.flow.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The PDF next to every Word document, made by LibreOffice in headless mode (Debian package
 * libreoffice-writer-nogui): it lays the .docx out as Word does, header, tables, page
 * numbers and all, which no Java library does for these documents. Each conversion runs in a
 * directory and a LibreOffice profile of its own, so two conversions at once do not meet.
 *
 * <p>Where LibreOffice is not installed, {@link #available()} is false: the Word document is
 * still stored and the log says once that no PDF is made (qcdc.documents.soffice names the
 * program, default "soffice" on the PATH).
 *
 * <p>At most {@code qcdc.documents.pdf-concurrency} conversions run at once (default: one per
 * processor): each LibreOffice takes a core for seconds, and a year-end with many reports due
 * at once (the benchmark's 60 years) otherwise starts one per job thread, every one slower,
 * each job holding its database connection the longer.
 */
@Component
public class PdfConverter {

  private static final Logger LOG = LoggerFactory.getLogger(PdfConverter.class);

  private final String soffice;
  private final Duration timeout;
  private final Semaphore running;
  private volatile Boolean available;

  public PdfConverter(DocumentProperties properties) {
    this.soffice = properties.soffice();
    this.timeout = properties.pdfTimeout();
    this.running = new Semaphore(properties.pdfConcurrency() > 0 ? properties.pdfConcurrency()
        : Runtime.getRuntime().availableProcessors(), true);
  }

  public boolean available() {
    if (available == null) {
      try {
        Process p = new ProcessBuilder(soffice, "--version").redirectErrorStream(true).start();
        available = p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
      } catch (IOException e) {
        available = false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
      if (!available) {
        LOG.warn("LibreOffice ({}) is not installed: Word documents are stored without a PDF."
            + " Install it (Debian: apt-get install libreoffice-writer-nogui).", soffice);
      }
    }
    return available;
  }

  /** The .docx as PDF; an IllegalStateException (a retried job) if LibreOffice fails. */
  public byte[] toPdf(byte[] docx) {
    try {
      if (!running.tryAcquire(timeout.toSeconds(), TimeUnit.SECONDS)) {
        throw new IllegalStateException("No LibreOffice free to convert within " + timeout);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting to convert to PDF", e);
    }
    try {
      return convert(docx);
    } finally {
      running.release();
    }
  }

  private byte[] convert(byte[] docx) {
    Path work = null;
    try {
      work = Files.createTempDirectory("qcdc-pdf-");
      Path in = work.resolve("document.docx");
      Files.write(in, docx);
      Process p = new ProcessBuilder(List.of(soffice,
          "-env:UserInstallation=" + work.resolve("profile").toUri(), "--headless",
          "--norestore", "--convert-to", "pdf", "--outdir", work.toString(), in.toString()))
          .redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile())
          .start();
      if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IllegalStateException("LibreOffice did not convert within " + timeout);
      }
      Path pdf = work.resolve("document.pdf");
      if (p.exitValue() != 0 || !Files.exists(pdf)) {
        throw new IllegalStateException("LibreOffice could not convert the document: "
            + Files.readString(work.resolve("soffice.log")).strip());
      }
      return Files.readAllBytes(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while converting to PDF", e);
    } finally {
      delete(work);
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      LOG.debug("Could not remove {}", dir, e);
    }
  }
}
