/**
 * The bloc's read-only view over every agency (issue 16, step 6): the dashboard of the
 * agencies' six-month and year-end reports against the bloc's deadlines (GET /api/bloc/progress,
 * Cockpit "Khối: tiến độ báo cáo") and the bloc's consolidated report in Word and PDF, made
 * when a deadline passes, from counts only, never a complainant's identity.
 */
package vn.qcdc.flow.blocview;
