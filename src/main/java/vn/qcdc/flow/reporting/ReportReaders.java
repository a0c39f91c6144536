package vn.qcdc.flow.reporting;

import java.util.Set;

/**
 * Groups beside the agency's own readers that may read and download the submitted reports
 * (ReportController): the bodies the report goes to, whose module (bloc) depends on reporting.
 */
public interface ReportReaders {

  Set<String> readerGroups();
}
