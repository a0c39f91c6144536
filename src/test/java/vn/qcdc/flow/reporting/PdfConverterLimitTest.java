package vn.qcdc.flow.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At most qcdc.documents.pdf-concurrency LibreOffice processes at once, however many jobs
 * convert. The program here is a shell script in LibreOffice's place that notes how many of
 * its kind run while it runs, then writes the PDF where LibreOffice would.
 */
class PdfConverterLimitTest {

  @TempDir
  Path dir;

  @Test
  void sixJobsConvertingAtOnceRunNoMoreThanTheLimit() throws Exception {
    Path running = Files.createDirectories(dir.resolve("running"));
    Path seen = dir.resolve("seen");
    Path program = dir.resolve("fake-soffice");
    Files.writeString(program, String.join("\n",
        "#!/bin/sh",
        "[ \"$1\" = --version ] && exit 0",
        "me=" + running + "/$$; touch $me",
        "ls " + running + " | wc -l >> " + seen,
        "sleep 0.4",
        "ls " + running + " | wc -l >> " + seen,
        "for a; do out=$prev; prev=$a; done",
        // --outdir <dir> <in>: the last but one argument is the directory.
        "printf '%%PDF-1.7 fake' > \"$out/document.pdf\"",
        "rm $me", ""), StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
    PdfConverter converter = new PdfConverter(new DocumentProperties(program.toString(), Duration.ofSeconds(30), 2));

    ExecutorService jobs = Executors.newFixedThreadPool(6);
    List<Future<byte[]>> pdfs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      pdfs.add(jobs.submit(() -> converter.toPdf(new byte[] {1, 2, 3})));
    }
    for (Future<byte[]> pdf : pdfs) {
      assertThat(new String(pdf.get(), StandardCharsets.US_ASCII)).startsWith("%PDF");
    }
    jobs.shutdown();
    List<Integer> counts = Files.readAllLines(seen).stream().map(String::strip)
        .map(Integer::valueOf).toList();
    assertThat(counts).hasSize(12);
    assertThat(counts).as("programs running at once").allMatch(n -> n <= 2).contains(2);
  }
}
