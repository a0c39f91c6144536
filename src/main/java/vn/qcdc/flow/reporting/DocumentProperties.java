package vn.qcdc.flow.reporting;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * qcdc.documents: how issued documents are turned into PDF (PdfConverter).
 *
 * @param soffice the LibreOffice program; one that does not run ("none") stores Word only
 * @param pdfTimeout how long one conversion, or the wait for a free LibreOffice, may take
 * @param pdfConcurrency LibreOffice processes at once; 0: one per core
 */
@ConfigurationProperties("qcdc.documents")
public record DocumentProperties(@DefaultValue("soffice") String soffice,
    @DefaultValue("PT2M") Duration pdfTimeout, @DefaultValue("0") int pdfConcurrency) {
}
