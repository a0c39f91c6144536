/** The consolidated report: rules from data, Word and PDF per 36-HD, approval, revision, dispatch to the city bodies. */
package vn.qcdc.flow.reporting;
